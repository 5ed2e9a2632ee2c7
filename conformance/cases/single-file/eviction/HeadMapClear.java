package conformance.eviction;

import java.util.TreeMap;

/** {@code headMap(..).clear()} drops every entry older than the retention cut-off. */
public final class HeadMapClear {

  private static final TreeMap<Long, String> PRICE_TICKS = new TreeMap<>(); // expect: none

  private HeadMapClear() {}

  public static synchronized void tick(long timestamp, String price) {
    PRICE_TICKS.put(timestamp, price);
  }

  public static synchronized void retainSince(long cutOff) {
    PRICE_TICKS.headMap(cutOff).clear();
  }
}
