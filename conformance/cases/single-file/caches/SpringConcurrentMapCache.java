package conformance.caches;

import org.springframework.cache.Cache;
import org.springframework.cache.concurrent.ConcurrentMapCache;

/**
 * Spring's {@code ConcurrentMapCache} is an unbounded cache (a ConcurrentHashMap with no eviction),
 * so it is reported by the cache rule.
 */
public final class SpringConcurrentMapCache {

  private static final Cache SHIPPING_QUOTES = new ConcurrentMapCache("shippingQuotes"); // expect: UnboundedCacheBuilder kind=UNBOUNDED_CACHE confidence=high

  private SpringConcurrentMapCache() {}

  public static void quoted(String route, String quote) {
    SHIPPING_QUOTES.put(route, quote); // growth
  }
}
