package conformance.suppression;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Suppressing a different leakguard rule ({@code UnboundedCacheBuilder}) does not suppress
 * {@code UnboundedStaticCollection}.
 */
public final class SuppressOtherRuleId {

  @SuppressWarnings("UnboundedCacheBuilder")
  private static final Map<String, String> TRACE_IDS = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private SuppressOtherRuleId() {}

  public static void traced(String requestId, String traceId) {
    TRACE_IDS.put(requestId, traceId); // growth
  }
}
