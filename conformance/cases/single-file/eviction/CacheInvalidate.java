package conformance.eviction;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Cache {@code invalidate} is eviction evidence: a user's profile is dropped from the otherwise
 * unbounded cache when the user is deleted.
 */
public final class CacheInvalidate {

  private static final Cache<String, String> PROFILES = Caffeine.newBuilder().build(); // expect: none

  private CacheInvalidate() {}

  public static void profileLoaded(String userId, String json) {
    PROFILES.put(userId, json);
  }

  public static void userDeleted(String userId) {
    PROFILES.invalidate(userId);
  }
}
