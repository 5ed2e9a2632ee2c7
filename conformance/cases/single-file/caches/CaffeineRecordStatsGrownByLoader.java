package conformance.caches;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/** An unbounded Caffeine cache (recordStats is no bound) grown only through get(key, loader). */
public final class CaffeineRecordStatsGrownByLoader {

  private static final Cache<String, String> RENDERED = Caffeine.newBuilder().recordStats().build(); // expect: UnboundedCacheBuilder kind=UNBOUNDED_CACHE confidence=high

  private CaffeineRecordStatsGrownByLoader() {}

  public static String render(String template) {
    return RENDERED.get(template, t -> "<" + t + ">"); // growth
  }
}
