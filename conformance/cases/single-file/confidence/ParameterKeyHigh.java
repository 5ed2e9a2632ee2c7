package conformance.confidence;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The key comes from a parameter of a public method: callers (ultimately request data) decide how
 * many entries there are, so the confidence is high.
 */
public final class ParameterKeyHigh {

  private static final Map<String, Long> LAST_LOGIN_BY_USER = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private ParameterKeyHigh() {}

  public static void loggedIn(String userId) {
    LAST_LOGIN_BY_USER.put(userId, System.currentTimeMillis()); // growth
  }
}
