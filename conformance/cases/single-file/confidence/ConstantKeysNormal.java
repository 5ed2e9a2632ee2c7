package conformance.confidence;

import java.util.HashMap;
import java.util.Map;

/**
 * Every key is built from constants in a public method without parameters, so the growth is over a
 * finite domain: the finding has normal confidence and asks for that bound to be written down.
 */
public final class ConstantKeysNormal {

  private static final String PREFIX = "feature.";

  private static final Map<String, Boolean> RESOLVED_FLAGS = new HashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal

  private ConstantKeysNormal() {}

  public static synchronized void refresh() {
    RESOLVED_FLAGS.put(PREFIX + "checkout", Boolean.getBoolean(PREFIX + "checkout")); // growth
    RESOLVED_FLAGS.put(PREFIX + "search", Boolean.getBoolean(PREFIX + "search")); // growth
  }

  public static synchronized boolean enabled(String flag) {
    return RESOLVED_FLAGS.getOrDefault(PREFIX + flag, false);
  }
}
