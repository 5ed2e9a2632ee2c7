package conformance.growth;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;

/**
 * Cache {@code put} is a growth site; the Guava cache is built with no size, time or reference
 * bound, so the finding is the cache rule.
 */
public final class CachePut {

  private static final Cache<String, byte[]> AVATARS = CacheBuilder.newBuilder().build(); // expect: UnboundedCacheBuilder kind=UNBOUNDED_CACHE confidence=high

  private CachePut() {}

  public static void uploaded(String userId, byte[] image) {
    AVATARS.put(userId, image); // growth
  }
}
