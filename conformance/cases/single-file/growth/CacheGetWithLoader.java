package conformance.growth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Cache {@code get(key, loader)} stores what the loader returns, so it is a growth site of an
 * unbounded Caffeine cache.
 */
public final class CacheGetWithLoader {

  private static final Cache<String, String> GEOCODES = Caffeine.newBuilder().build(); // expect: UnboundedCacheBuilder kind=UNBOUNDED_CACHE confidence=high

  private CacheGetWithLoader() {}

  public static String geocode(String address) {
    return GEOCODES.get(address, CacheGetWithLoader::lookup); // growth
  }

  private static String lookup(String address) {
    return "geo:" + Math.abs(address.hashCode());
  }
}
