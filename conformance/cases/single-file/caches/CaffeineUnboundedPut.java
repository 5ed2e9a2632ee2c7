package conformance.caches;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * {@code Caffeine.newBuilder().build()} with no size, weight, time or reference bound is just a
 * ConcurrentHashMap; putting every quote into it at run time leaks.
 */
public final class CaffeineUnboundedPut {

  record Quote(String symbol, double price) {}

  private static final Cache<String, Quote> QUOTES = Caffeine.newBuilder().build(); // expect: UnboundedCacheBuilder kind=UNBOUNDED_CACHE confidence=high

  private CaffeineUnboundedPut() {}

  public static void priced(String symbol, double price) {
    QUOTES.put(symbol, new Quote(symbol, price)); // growth
  }

  public static Quote latest(String symbol) {
    return QUOTES.getIfPresent(symbol);
  }
}
