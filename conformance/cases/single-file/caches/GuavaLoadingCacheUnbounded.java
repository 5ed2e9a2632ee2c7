package conformance.caches;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;

/**
 * A Guava {@code LoadingCache} built without a bound; {@code getUnchecked} loads and stores an entry
 * for every key it is asked for, so it grows with the customer ids requested.
 */
public final class GuavaLoadingCacheUnbounded {

  private static final LoadingCache<String, String> CUSTOMER_TIERS = CacheBuilder.newBuilder().build(CacheLoader.from(GuavaLoadingCacheUnbounded::loadTier)); // expect: UnboundedCacheBuilder kind=UNBOUNDED_CACHE confidence=high

  private GuavaLoadingCacheUnbounded() {}

  private static String loadTier(String customerId) {
    return customerId.startsWith("ent-") ? "enterprise" : "standard";
  }

  public static String tier(String customerId) {
    return CUSTOMER_TIERS.getUnchecked(customerId); // growth
  }
}
