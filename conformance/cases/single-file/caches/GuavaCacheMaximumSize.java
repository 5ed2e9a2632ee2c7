package conformance.caches;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;

/** A Guava cache with {@code maximumSize} is bounded. */
public final class GuavaCacheMaximumSize {

  private static final LoadingCache<String, String> CUSTOMER_TIERS = CacheBuilder.newBuilder().maximumSize(5_000).build(CacheLoader.from(GuavaCacheMaximumSize::loadTier)); // expect: none

  private GuavaCacheMaximumSize() {}

  private static String loadTier(String customerId) {
    return customerId.startsWith("ent-") ? "enterprise" : "standard";
  }

  public static String tier(String customerId) {
    return CUSTOMER_TIERS.getUnchecked(customerId);
  }
}
