package conformance.crossfile.projectcontainer;

/** Grows the store in another file, through the container's own put. */
public final class LoginHandler {

  public void login(String sessionId, String user) {
    Sessions.STORE.put(sessionId, user); // growth
  }
}
