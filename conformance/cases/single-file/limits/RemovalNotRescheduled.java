package conformance.limits;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Known limit: the removal exists, but it runs once, in a task that is scheduled once and never
 * rescheduled; after it, the map only grows. leakguard counts the removal as eviction.
 */
public final class RemovalNotRescheduled {

  private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor();

  private static final Map<String, Long> SEEN = new ConcurrentHashMap<>(); // desire: UnboundedStaticCollection

  static {
    TIMER.schedule(RemovalNotRescheduled::expireOld, 1, TimeUnit.MINUTES);
  }

  private RemovalNotRescheduled() {}

  public static void seen(String id) {
    SEEN.put(id, System.nanoTime());
  }

  private static void expireOld() {
    SEEN.values().removeIf(t -> System.nanoTime() - t > 60_000_000_000L);
  }
}
