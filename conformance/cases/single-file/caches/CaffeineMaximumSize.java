package conformance.caches;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/** {@code maximumSize} bounds a Caffeine cache. */
public final class CaffeineMaximumSize {

  private static final Cache<String, String> SESSIONS = Caffeine.newBuilder().maximumSize(10_000).build(); // expect: none

  private CaffeineMaximumSize() {}

  public static void store(String sessionId, String userId) {
    SESSIONS.put(sessionId, userId);
  }
}
