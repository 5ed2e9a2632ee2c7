package conformance.documented;

import dev.leakguard.annotations.Bounded;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code @Bounded} with a non-blank reason documents why the map cannot grow without bound, so the
 * growth in {@code symbol} is accepted.
 */
public final class BoundedAnnotationReason {

  @Bounded("one entry per ISO 4217 currency code, about 180")
  private static final Map<String, String> SYMBOL_BY_CURRENCY = new ConcurrentHashMap<>(); // expect: none

  private BoundedAnnotationReason() {}

  public static String symbol(String currencyCode) {
    return SYMBOL_BY_CURRENCY.computeIfAbsent(currencyCode, code -> java.util.Currency.getInstance(code).getSymbol());
  }
}
