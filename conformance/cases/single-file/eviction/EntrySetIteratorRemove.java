package conformance.eviction;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * An iterator's {@code remove()} on {@code map.entrySet().iterator()} is eviction evidence: the
 * sweeper drops idle connections.
 */
public final class EntrySetIteratorRemove {

  private static final Map<String, Long> LAST_ACTIVITY = new HashMap<>(); // expect: none

  private EntrySetIteratorRemove() {}

  public static synchronized void touch(String connectionId, long now) {
    LAST_ACTIVITY.put(connectionId, now);
  }

  public static synchronized void sweepIdle(long now, long maxIdleMillis) {
    Iterator<Map.Entry<String, Long>> it = LAST_ACTIVITY.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<String, Long> entry = it.next();
      if (now - entry.getValue() > maxIdleMillis) {
        it.remove();
      }
    }
  }
}
