package conformance.documented;

import java.util.ArrayList;
import java.util.List;

/**
 * Line comments directly above the field, one of them starting {@code Eviction:} followed by text,
 * document the eviction strategy.
 */
public final class EvictionLineComment {

  // Failed payments waiting for manual review.
  // Eviction: cleared by nightly job
  private static final List<String> FAILED_PAYMENTS = new ArrayList<>(); // expect: none

  private EvictionLineComment() {}

  public static synchronized void failed(String paymentId) {
    FAILED_PAYMENTS.add(paymentId);
  }
}
