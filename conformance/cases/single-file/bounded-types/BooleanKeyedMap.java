package conformance.boundedtypes;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A map keyed by {@code Boolean} has at most two entries. */
public final class BooleanKeyedMap {

  private static final Map<Boolean, Long> RESULTS_BY_OUTCOME = new ConcurrentHashMap<>(); // expect: none

  private BooleanKeyedMap() {}

  public static void checked(boolean passed) {
    RESULTS_BY_OUTCOME.merge(passed, 1L, Long::sum);
  }
}
