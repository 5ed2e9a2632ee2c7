package conformance.crossfile.createdonceinmain;

import java.util.HashMap;
import java.util.Map;

/** Created exactly once, in another class's main: it lives as long as the program. */
public class OrderBook {

  private final Map<String, Integer> orders = new HashMap<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=high

  public OrderBook() {}

  public void place(String orderId, int quantity) {
    orders.put(orderId, quantity); // growth
  }
}
