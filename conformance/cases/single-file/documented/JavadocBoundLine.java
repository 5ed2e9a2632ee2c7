package conformance.documented;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A Javadoc line starting {@code Bound:} followed by text documents the bound. */
public final class JavadocBoundLine {

  /**
   * Number formats, cached per currency.
   * Bound: one entry per ISO currency
   */
  private static final Map<String, String> FORMAT_BY_CURRENCY = new ConcurrentHashMap<>(); // expect: none

  private JavadocBoundLine() {}

  public static String pattern(String currencyCode) {
    return FORMAT_BY_CURRENCY.computeIfAbsent(currencyCode, code -> "#,##0.00 " + code);
  }
}
