package conformance.growth;

import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** {@code putIfAbsent} is a growth site: an idempotency-key table that is never purged. */
public final class PutIfAbsentIntoMap {

  private static final ConcurrentMap<String, UUID> IDEMPOTENCY_KEYS = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private PutIfAbsentIntoMap() {}

  public static boolean firstAttempt(String key) {
    return IDEMPOTENCY_KEYS.putIfAbsent(key, UUID.randomUUID()) == null; // growth
  }
}
