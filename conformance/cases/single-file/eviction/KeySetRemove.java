package conformance.eviction;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/** {@code keySet().remove(..)} removes the entry from the map: eviction evidence. */
public final class KeySetRemove {

  private static final Map<String, ReentrantLock> LOCKS = new ConcurrentHashMap<>(); // expect: none

  private KeySetRemove() {}

  public static ReentrantLock lockFor(String accountId) {
    return LOCKS.computeIfAbsent(accountId, id -> new ReentrantLock());
  }

  public static void accountClosed(String accountId) {
    LOCKS.keySet().remove(accountId);
  }
}
