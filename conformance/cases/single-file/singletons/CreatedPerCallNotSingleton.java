package conformance.singletons;

import java.util.HashMap;
import java.util.Map;

/** A class created once per call of a handler is not a singleton: each basket dies with its request. */
public final class CreatedPerCallNotSingleton {

  private CreatedPerCallNotSingleton() {}

  public static int handle(String[] items) {
    Basket basket = new Basket();
    for (String item : items) {
      basket.add(item);
    }
    return basket.size();
  }

  static final class Basket {
    private final Map<String, Integer> counts = new HashMap<>(); // expect: none

    void add(String item) {
      counts.merge(item, 1, Integer::sum);
    }

    int size() {
      return counts.size();
    }
  }
}
