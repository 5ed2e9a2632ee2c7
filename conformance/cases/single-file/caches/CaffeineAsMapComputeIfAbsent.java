package conformance.caches;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/** An unbounded Caffeine cache grown through its map view's computeIfAbsent. */
public final class CaffeineAsMapComputeIfAbsent {

  private static final Cache<String, Integer> LENGTHS = Caffeine.newBuilder().build(); // expect: UnboundedCacheBuilder kind=UNBOUNDED_CACHE confidence=high

  private CaffeineAsMapComputeIfAbsent() {}

  public static int length(String text) {
    return LENGTHS.asMap().computeIfAbsent(text, String::length); // growth
  }
}
