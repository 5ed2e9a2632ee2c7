package conformance.boundedtypes;

import com.google.common.collect.EvictingQueue;
import java.util.Queue;

/** Guava's {@code EvictingQueue} drops its head when full: bounded. */
public final class GuavaEvictingQueueRecent {

  private static final Queue<String> RECENT_ERRORS = EvictingQueue.create(200); // expect: none

  private GuavaEvictingQueueRecent() {}

  public static synchronized void error(String message) {
    RECENT_ERRORS.add(message);
  }
}
