package conformance.crossfile.singletoncalledelsewhere;

/** Counts checkouts per merchant: one counter per merchant id ever seen. */
public class CheckoutHandler {

  public void checkout(String merchantId, String orderId) {
    MetricsCollector.INSTANCE.increment("checkout." + merchantId);
  }
}
