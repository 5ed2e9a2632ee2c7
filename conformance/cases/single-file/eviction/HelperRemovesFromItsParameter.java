package conformance.eviction;

import java.util.HashMap;
import java.util.Map;

/** A helper that removes from the map it is given evicts the static map passed to it. */
public final class HelperRemovesFromItsParameter {

  private static final Map<String, Long> SESSIONS = new HashMap<>(); // expect: none

  private HelperRemovesFromItsParameter() {}

  public static synchronized void open(String id) {
    SESSIONS.put(id, System.nanoTime());
  }

  public static synchronized void close(String id) {
    forget(SESSIONS, id);
  }

  private static <K> void forget(Map<K, ?> map, K key) {
    map.remove(key);
  }
}
