package conformance.crossfile.evictedelsewhere;

import java.util.UUID;

/** Creates a session per successful login. */
public class LoginHandler {

  public String login(String userId) {
    String sessionId = UUID.randomUUID().toString();
    SessionRegistry.ACTIVE.put(sessionId, userId);
    return sessionId;
  }
}
