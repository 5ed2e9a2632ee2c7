// options: requireGrowthEvidence=false
package conformance.strict;

import java.util.HashMap;
import java.util.Map;

/**
 * Strict mode flags every static mutable unbounded collection without a documented bound, as the
 * checklist item says; this map is only populated during class initialisation, so the finding has
 * kind STRICT and no growth lines.
 */
public final class StrictInitOnlyMap {

  private static final Map<String, Integer> PORT_BY_SERVICE = new HashMap<>(); // expect: UnboundedStaticCollection kind=STRICT confidence=normal

  static {
    PORT_BY_SERVICE.put("billing", 8081);
    PORT_BY_SERVICE.put("search", 8082);
  }

  private StrictInitOnlyMap() {}

  public static int port(String service) {
    return PORT_BY_SERVICE.getOrDefault(service, 8080);
  }
}
