package conformance.listeners;

import com.google.common.eventbus.EventBus;

/** A handler that unregisters itself when it closes lets the bus forget it: not reported. */
public final class EventBusUnregisteredOnClose {

  static final EventBus PAYMENTS = new EventBus("payments"); // expect: none

  private EventBusUnregisteredOnClose() {}

  public static AutoCloseable watch(String paymentId) {
    return new PaymentWatch(paymentId);
  }
}

final class PaymentWatch implements AutoCloseable {
  private final String paymentId;

  PaymentWatch(String paymentId) {
    this.paymentId = paymentId;
    EventBusUnregisteredOnClose.PAYMENTS.register(this);
  }

  @Override
  public void close() {
    EventBusUnregisteredOnClose.PAYMENTS.unregister(this);
  }
}
