package conformance.caches;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/** A bound given in a spec string, {@code Caffeine.from("maximumSize=100")}, counts as a bound. */
public final class CaffeineSpecString {

  private static final Cache<String, String> EXCHANGE_RATES = Caffeine.from("maximumSize=100").build(); // expect: none

  private CaffeineSpecString() {}

  public static void rate(String currencyPair, String rate) {
    EXCHANGE_RATES.put(currencyPair, rate);
  }
}
