package conformance.eviction;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A growth site guarded by {@code if (map.size() < MAX)} refuses entries past a limit, so the map
 * is bounded by that limit.
 */
public final class SizeGuardRefuses {

  private static final int MAX_TRACKED = 10_000;

  private static final Map<String, Long> FIRST_SEEN = new ConcurrentHashMap<>(); // expect: none

  private SizeGuardRefuses() {}

  public static void seen(String visitorId, long now) {
    if (FIRST_SEEN.size() < MAX_TRACKED) {
      FIRST_SEEN.putIfAbsent(visitorId, now);
    }
  }
}
