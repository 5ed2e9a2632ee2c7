package conformance.caches;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.TimeUnit;

/** {@code expireAfterAccess} evicts idle entries: the cache is bounded in time. */
public final class CaffeineExpireAfterAccess {

  private static final Cache<String, String> CARTS = Caffeine.newBuilder().expireAfterAccess(30, TimeUnit.MINUTES).build(); // expect: none

  private CaffeineExpireAfterAccess() {}

  public static void saveCart(String customerId, String cartJson) {
    CARTS.put(customerId, cartJson);
  }
}
