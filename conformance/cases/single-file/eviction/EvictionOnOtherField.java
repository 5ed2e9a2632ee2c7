package conformance.eviction;

import java.util.HashMap;
import java.util.Map;

/**
 * Eviction evidence counts only for the field it is on: the nightly reset clears
 * {@code DAILY_TOTALS} but never {@code LIFETIME_TOTALS}, which keeps growing per customer.
 */
public final class EvictionOnOtherField {

  private static final Map<String, Long> DAILY_TOTALS = new HashMap<>(); // expect: none

  private static final Map<String, Long> LIFETIME_TOTALS = new HashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private EvictionOnOtherField() {}

  public static synchronized void purchase(String customerId, long cents) {
    DAILY_TOTALS.merge(customerId, cents, Long::sum);
    LIFETIME_TOTALS.merge(customerId, cents, Long::sum); // growth
  }

  public static synchronized void nightlyReset() {
    DAILY_TOTALS.clear();
  }
}
