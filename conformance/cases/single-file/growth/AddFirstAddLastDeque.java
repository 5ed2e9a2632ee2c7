package conformance.growth;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * {@code addFirst} and {@code addLast} are growth sites: urgent jobs jump the queue, others go to
 * the back, and nothing takes them out.
 */
public final class AddFirstAddLastDeque {

  private static final Deque<String> PENDING_JOBS = new ArrayDeque<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private AddFirstAddLastDeque() {}

  public static synchronized void submit(String jobId, boolean urgent) {
    if (urgent) {
      PENDING_JOBS.addFirst(jobId); // growth
    } else {
      PENDING_JOBS.addLast(jobId); // growth
    }
  }
}
