package conformance.crossfile.startupregistration;

import java.util.HashMap;
import java.util.Map;

/** The same table, but one caller defines a format per request: input decides (high). */
public final class Formats {

  private static final Map<String, Object> BY_LABEL = new HashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private Formats() {}

  public static synchronized void define(String label, Object format) {
    BY_LABEL.put(label, format); // growth
  }
}
