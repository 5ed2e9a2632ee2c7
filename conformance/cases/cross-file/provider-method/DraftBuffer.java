package conformance.crossfile.providermethod;

import java.util.ArrayList;
import java.util.List;

/** Provided unscoped: a new one per injection, not a singleton. */
public class DraftBuffer {

  private final List<String> lines = new ArrayList<>(); // expect: none

  public void write(String line) {
    lines.add(line);
  }
}
