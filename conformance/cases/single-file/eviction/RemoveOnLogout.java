package conformance.eviction;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@code remove} is eviction evidence: sessions added at login are removed at logout. */
public final class RemoveOnLogout {

  private static final Map<String, String> USER_BY_SESSION = new ConcurrentHashMap<>(); // expect: none

  private RemoveOnLogout() {}

  public static void login(String sessionId, String userId) {
    USER_BY_SESSION.put(sessionId, userId);
  }

  public static void logout(String sessionId) {
    USER_BY_SESSION.remove(sessionId);
  }
}
