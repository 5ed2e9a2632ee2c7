package conformance.confidence;

import java.util.LinkedHashMap;
import java.util.Map;

/** A switch assigned only by the static initializer (from a property) is a diagnostic mode too. */
public final class SwitchSetInStaticInitializerNormal {

  private static final boolean PUBLISH;
  private static Map<String, Long> counters; // expect: UnboundedStaticCollection kind=GROWTH confidence=normal

  static {
    String s = System.getProperty("app.publishCounters");
    if (s == null) {
      PUBLISH = false;
    } else {
      PUBLISH = true;
      counters = new LinkedHashMap<>();
    }
  }

  private SwitchSetInStaticInitializerNormal() {}

  public static void add(String name) {
    if (PUBLISH) {
      counters.put(name, System.nanoTime()); // growth
    }
  }
}
