package conformance.listeners;

import com.google.common.eventbus.EventBus;

/**
 * An event bus keeps every object registered with it until it is unregistered: a handler made per
 * request that registers itself and is never unregistered stays reachable from the bus, with
 * everything it holds (the lapsed listener).
 */
public final class EventBusRegisteredPerRequest {

  static final EventBus EVENTS = new EventBus("orders"); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private EventBusRegisteredPerRequest() {}

  public static Object handle(String orderId) {
    return new OrderProgress(orderId);
  }
}

final class OrderProgress {
  private final String orderId;

  OrderProgress(String orderId) {
    this.orderId = orderId;
    EventBusRegisteredPerRequest.EVENTS.register(this); // growth
  }
}
