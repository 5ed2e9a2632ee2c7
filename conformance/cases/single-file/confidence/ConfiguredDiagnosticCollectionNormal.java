package conformance.confidence;

import java.util.HashMap;
import java.util.Map;

/**
 * A map that exists only when a diagnostic switch is on: class initialisation creates it on one
 * path and leaves it null on the other. Reported, at normal confidence whatever it adds.
 */
public final class ConfiguredDiagnosticCollectionNormal {

  private static final Map<Object, String> DEBUG_NAMES; // expect: UnboundedStaticCollection kind=GROWTH confidence=normal

  static {
    if (Boolean.getBoolean("app.debugNames")) {
      DEBUG_NAMES = new HashMap<>();
    } else {
      DEBUG_NAMES = null;
    }
  }

  private ConfiguredDiagnosticCollectionNormal() {}

  public static void name(Object form, String name) {
    DEBUG_NAMES.put(form, name); // growth
  }
}
