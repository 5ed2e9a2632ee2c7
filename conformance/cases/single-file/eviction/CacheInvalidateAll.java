package conformance.eviction;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;

/** Cache {@code invalidateAll} is eviction evidence: a configuration reload empties the cache. */
public final class CacheInvalidateAll {

  private static final Cache<String, String> RESOLVED_SETTINGS = CacheBuilder.newBuilder().build(); // expect: none

  private CacheInvalidateAll() {}

  public static void resolved(String key, String value) {
    RESOLVED_SETTINGS.put(key, value);
  }

  public static void onConfigReload() {
    RESOLVED_SETTINGS.invalidateAll();
  }
}
