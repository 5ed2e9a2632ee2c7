package conformance.growth;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@code compute} is a growth site: it inserts a new key when the remapping returns non-null. */
public final class ComputeIntoMap {

  private static final Map<String, Integer> RETRIES_BY_MESSAGE = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private ComputeIntoMap() {}

  public static int retried(String messageId) {
    return RETRIES_BY_MESSAGE.compute(messageId, (id, n) -> n == null ? 1 : n + 1); // growth
  }
}
