package conformance.singletons;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A session listener: the container makes one instance and calls it for every session, so its
 * instance fields are singleton holders. Sessions remembered when they are created and forgotten
 * when they end are balanced; the creation times are never forgotten.
 */
public class SessionListenerTracksSessions implements HttpSessionListener {

  private final Map<String, HttpSession> active = new ConcurrentHashMap<>(); // expect: none
  private final Map<String, Long> createdAt = new ConcurrentHashMap<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=high

  @Override
  public void sessionCreated(HttpSessionEvent event) {
    HttpSession session = event.getSession();
    active.put(session.getId(), session);
    createdAt.put(session.getId(), session.getCreationTime()); // growth
  }

  @Override
  public void sessionDestroyed(HttpSessionEvent event) {
    active.remove(event.getSession().getId());
  }
}
