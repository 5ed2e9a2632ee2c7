package conformance.crossfile.helperelsewhere;

import java.util.HashMap;
import java.util.Map;

/** Its static map grows through the utility method of another file, one entry per driver name. */
public final class DriverRegistry {

  private static final Map<String, Object> DRIVERS = new HashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal

  private DriverRegistry() {}

  public static Object driver(String name) {
    return Maps.computeIfAbsent(DRIVERS, name, n -> new Object()); // growth
  }
}
