package conformance.threadlocals;

import java.util.HashMap;
import java.util.Map;

/** The usual remedy: the thread's map goes when the request ends ({@code remove()} in a finally block). */
public final class ThreadLocalRemovedInFinally {

  private static final ThreadLocal<Map<String, Object>> CONTEXT = ThreadLocal.withInitial(HashMap::new); // expect: none

  private ThreadLocalRemovedInFinally() {}

  public static void handle(String requestId, Runnable work) {
    try {
      CONTEXT.get().put("requestId", requestId);
      CONTEXT.get().put(requestId, work);
      work.run();
    } finally {
      CONTEXT.remove();
    }
  }
}
