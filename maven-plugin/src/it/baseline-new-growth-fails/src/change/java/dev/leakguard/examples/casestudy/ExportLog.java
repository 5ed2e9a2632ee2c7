package dev.leakguard.examples.casestudy;

import java.util.ArrayList;
import java.util.List;

/** A change made after the baseline: every export is remembered, and nothing forgets them. */
public class ExportLog {
  private static final List<String> exports = new ArrayList<>();

  public void exported(String transformId) {
    exports.add(transformId);
  }
}
