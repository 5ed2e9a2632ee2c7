package conformance.initonly;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A lambda written in a static initializer runs where it is called: one given to forEach runs
 * there and then (initialisation); one handed to a scheduler at a fixed rate runs later, again and
 * again; one handed to a thread runs once, unless what it adds is in a loop of its own.
 */
public final class LambdaHandedToSchedulerRunsLater {

  private static final List<String> LEVELS = new ArrayList<>(); // expect: none
  private static final ConcurrentLinkedQueue<Long> SAMPLES = new ConcurrentLinkedQueue<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high
  private static final List<Long> TICKS = new ArrayList<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high
  private static final List<String> WARM = new ArrayList<>(); // expect: none
  private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor();

  static {
    List.of("debug", "info").forEach(level -> LEVELS.add(level));
    TIMER.scheduleAtFixedRate(() -> SAMPLES.add(System.nanoTime()), 1, 1, TimeUnit.SECONDS); // growth
    new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        synchronized (TICKS) {
          TICKS.add(System.currentTimeMillis()); // growth
        }
        LockSupport.parkNanos(1_000_000_000L);
      }
    }).start();
    new Thread(() -> {
      synchronized (WARM) {
        WARM.add("ready");
      }
    }).start();
  }

  private LambdaHandedToSchedulerRunsLater() {}

  public static int levels() {
    return LEVELS.size();
  }

  public static boolean warm() {
    synchronized (WARM) {
      return !WARM.isEmpty();
    }
  }
}
