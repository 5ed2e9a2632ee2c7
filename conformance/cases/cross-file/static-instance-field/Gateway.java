package conformance.crossfile.staticinstancefield;

/** Grows the singleton's maps through {@code SessionBoard.INSTANCE.<field>}; one of them is also emptied. */
public class Gateway {

  public void connect(String sessionId, Object session) {
    SessionBoard.INSTANCE.open.put(sessionId, session); // growth
    SessionBoard.INSTANCE.pending.put(sessionId, session);
  }

  public void settle(String sessionId) {
    SessionBoard.INSTANCE.pending.remove(sessionId);
  }
}
