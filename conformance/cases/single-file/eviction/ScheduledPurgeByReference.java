package conformance.eviction;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The purge is private, but a scheduled job runs it through a method reference: eviction.
 */
public final class ScheduledPurgeByReference {

  private static final Map<String, Long> LAST_SEEN = new ConcurrentHashMap<>(); // expect: none

  private static final ScheduledExecutorService SCHEDULER = Executors.newSingleThreadScheduledExecutor();

  static {
    SCHEDULER.scheduleAtFixedRate(ScheduledPurgeByReference::purgeStale, 1, 1, TimeUnit.MINUTES);
  }

  private ScheduledPurgeByReference() {}

  public static void seen(String client) {
    LAST_SEEN.put(client, System.currentTimeMillis());
  }

  private static void purgeStale() {
    long cutoff = System.currentTimeMillis() - TimeUnit.HOURS.toMillis(1);
    LAST_SEEN.values().removeIf(t -> t < cutoff);
  }
}
