package conformance.eviction;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A pool that takes an element out and gives the same element back is balanced, not growing. */
public final class PoolGivesBackWhatItTook {

  private static final Map<String, Deque<StringBuilder>> POOLS = new ConcurrentHashMap<>(); // expect: none

  static {
    POOLS.put("small", new ArrayDeque<>());
    POOLS.put("large", new ArrayDeque<>());
  }

  private PoolGivesBackWhatItTook() {}

  public static String render(String pool, String text) {
    Deque<StringBuilder> q = POOLS.get(pool);
    StringBuilder sb = q.poll();
    try {
      return sb == null ? text : sb.append(text).toString();
    } finally {
      q.add(sb);
    }
  }
}
