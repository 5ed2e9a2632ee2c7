package conformance.crossfile.providermethod;

import java.util.HashMap;
import java.util.Map;

/** Provided as a singleton: one store for the injector's life, an entry per session opened. */
public class SessionStore {

  private final Map<String, Object> sessions = new HashMap<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=high

  public synchronized void open(String sessionKey, Object state) {
    sessions.put(sessionKey, state); // growth
  }
}
