// options: requireGrowthEvidence=false
package conformance.boundedtypes;

import java.util.Map;

/**
 * Every value ever assigned to the field is an immutable {@code Map.of()}/{@code Map.copyOf(..)}
 * snapshot, so it is never flagged, even in strict mode.
 */
public final class MapCopyOfSnapshot {

  private static volatile Map<String, String> featureFlags = Map.of(); // expect: none

  private MapCopyOfSnapshot() {}

  public static void reload(Map<String, String> fresh) {
    featureFlags = Map.copyOf(fresh);
  }

  public static boolean enabled(String flag) {
    return "on".equals(featureFlags.get(flag));
  }
}
