package conformance.crossfile.evictedelsewhere;

/** Removes the session at logout. */
public class LogoutHandler {

  public void logout(String sessionId) {
    SessionRegistry.ACTIVE.remove(sessionId);
  }
}
