package conformance.crossfile.startupregistration;

import java.util.HashMap;
import java.util.Map;

/**
 * A static table that other classes fill through a public static method, and every call of it runs
 * at start-up: in a static initializer, in {@code main}, in a singleton's constructor. Reported
 * (nothing documents the bound), at normal confidence: one entry per codec the program sets up.
 */
public final class Codecs {

  private static final Map<String, Object> BY_LABEL = new HashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal

  private Codecs() {}

  public static synchronized void add(String label, Object codec) {
    BY_LABEL.put(label, codec); // growth
  }

  public static synchronized Object find(String label) {
    return BY_LABEL.get(label);
  }
}
