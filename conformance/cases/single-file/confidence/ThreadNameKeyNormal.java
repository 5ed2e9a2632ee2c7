package conformance.confidence;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The key is the current thread's name, not a parameter or request data: the number of entries is
 * the number of worker threads, so the finding has normal confidence.
 */
public final class ThreadNameKeyNormal {

  private static final Map<String, Long> TASKS_BY_THREAD = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal

  private ThreadNameKeyNormal() {}

  public static void taskFinished() {
    TASKS_BY_THREAD.merge(Thread.currentThread().getName(), 1L, Long::sum); // growth
  }
}
