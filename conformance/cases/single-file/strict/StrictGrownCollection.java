// options: requireGrowthEvidence=false
package conformance.strict;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** In strict mode a holder with a run-time growth site is still reported with kind GROWTH. */
public final class StrictGrownCollection {

  private static final Map<String, String> LAST_SEEN_VERSION = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private StrictGrownCollection() {}

  public static void clientConnected(String clientId, String version) {
    LAST_SEEN_VERSION.put(clientId, version); // growth
  }
}
