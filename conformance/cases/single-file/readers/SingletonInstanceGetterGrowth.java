package conformance.readers;

import java.util.HashMap;
import java.util.Map;

/** Growth through a getter called on the enum singleton's instance. */
public enum SingletonInstanceGetterGrowth {
  INSTANCE;

  private final Map<String, Long> lastAccess = new HashMap<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=high

  Map<String, Long> lastAccess() {
    return lastAccess;
  }

  public static void touch(String sessionId) {
    INSTANCE.lastAccess().put(sessionId, System.currentTimeMillis()); // growth
  }
}
