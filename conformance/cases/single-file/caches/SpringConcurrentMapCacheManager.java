package conformance.caches;

import org.springframework.cache.concurrent.ConcurrentMapCacheManager;

/**
 * A dynamic {@code ConcurrentMapCacheManager} creates an unbounded ConcurrentMapCache for every
 * name asked for; putting into the cache it hands out grows the manager's caches without bound.
 */
public final class SpringConcurrentMapCacheManager {

  private static final ConcurrentMapCacheManager CACHES = new ConcurrentMapCacheManager(); // expect: UnboundedCacheBuilder kind=UNBOUNDED_CACHE confidence=high

  private SpringConcurrentMapCacheManager() {}

  public static void remember(String region, String key, String value) {
    CACHES.getCache(region).put(key, value); // growth
  }
}
