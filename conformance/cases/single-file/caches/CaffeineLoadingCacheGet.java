package conformance.caches;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

/**
 * A Caffeine {@code LoadingCache} built with no bound: {@code get(key)} loads and stores an entry
 * for every new key, like {@code get(key, loader)}.
 */
public final class CaffeineLoadingCacheGet {

  private static final LoadingCache<String, Integer> DOCUMENT_LENGTHS = Caffeine.newBuilder().build(String::length); // expect: UnboundedCacheBuilder kind=UNBOUNDED_CACHE confidence=high

  private CaffeineLoadingCacheGet() {}

  public static int length(String document) {
    return DOCUMENT_LENGTHS.get(document); // growth
  }
}
