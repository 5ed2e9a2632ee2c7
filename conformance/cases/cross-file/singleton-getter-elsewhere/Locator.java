package conformance.crossfile.singletongetterelsewhere;

import java.util.HashMap;
import java.util.Map;

/** A service locator singleton that hands out its map through a getter on its instance. */
public enum Locator {
  INSTANCE;

  private final Map<String, Object> services = new HashMap<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=high

  Map<String, Object> services() {
    return services;
  }
}
