package conformance.singletons;

import java.util.HashMap;
import java.util.Map;

/**
 * A service with a public constructor that the program creates exactly once, in main, and wires
 * by hand: it lives as long as the program, so its map is a singleton's holder.
 */
public final class CreatedOnceInMain {

  private CreatedOnceInMain() {}

  public static void main(String[] args) {
    OrderBook book = new OrderBook();
    for (String line : args) {
      book.place(line, line.length());
    }
  }

  public static final class OrderBook {
    private final Map<String, Integer> ordersById = new HashMap<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=high

    public OrderBook() {}

    public void place(String orderId, int quantity) {
      ordersById.put(orderId, quantity); // growth
    }
  }
}
