package conformance.eviction;

import java.util.LinkedList;

/**
 * {@code removeFirst} and {@code removeLast} are eviction evidence: the print spooler dequeues from
 * the front and cancels from the back.
 */
public final class RemoveFirstRemoveLast {

  private static final LinkedList<String> PRINT_JOBS = new LinkedList<>(); // expect: none

  private RemoveFirstRemoveLast() {}

  public static synchronized void submit(String document) {
    PRINT_JOBS.addLast(document);
  }

  public static synchronized String nextJob() {
    return PRINT_JOBS.isEmpty() ? null : PRINT_JOBS.removeFirst();
  }

  public static synchronized void cancelLast() {
    if (!PRINT_JOBS.isEmpty()) {
      PRINT_JOBS.removeLast();
    }
  }
}
