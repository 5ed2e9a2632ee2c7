package conformance.confidence;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keys computed from the clock: a minute number (the time divided by a minute) is a new key every
 * minute, forever, whoever calls; its remainder by 60 is one of sixty slots.
 */
public final class TimeBucketKeyHigh {

  private static final Map<Long, Long> REQUESTS_PER_MINUTE = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high
  private static final Map<Long, Long> REQUESTS_PER_SLOT = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal

  private TimeBucketKeyHigh() {}

  public static void requestServed() {
    long minute = System.currentTimeMillis() / 60_000L;
    REQUESTS_PER_MINUTE.merge(minute, 1L, Long::sum); // growth
    REQUESTS_PER_SLOT.merge(minute % 60, 1L, Long::sum); // growth
  }
}
