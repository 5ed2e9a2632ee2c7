package conformance.threadlocals;

import java.util.HashMap;
import java.util.Map;

/**
 * Each thread keeps its own map for as long as it lives; a pool's threads serve request after
 * request, so a map that every request adds to and nothing clears grows on every pooled thread.
 */
public final class ThreadLocalMapGrownPerRequest {

  private static final ThreadLocal<Map<String, Object>> ATTRIBUTES = ThreadLocal.withInitial(HashMap::new); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private ThreadLocalMapGrownPerRequest() {}

  public static void remember(String requestId, Object value) {
    ATTRIBUTES.get().put(requestId, value); // growth
  }

  public static Object recall(String requestId) {
    return ATTRIBUTES.get().get(requestId);
  }
}
