package conformance.singletons;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An enum constant lives as long as its class, so an enum's instance fields are singleton
 * holders; every user id seen by {@code recordUse} adds an entry that is never removed.
 */
public enum EnumFeatureUsage {
  INSTANCE;

  private final Map<String, Long> lastUseByUser = new ConcurrentHashMap<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=high

  public void recordUse(String userId) {
    lastUseByUser.put(userId, System.currentTimeMillis()); // growth
  }

  public Long lastUse(String userId) {
    return lastUseByUser.get(userId);
  }
}
