package conformance.confidence;

import java.util.HashSet;
import java.util.Set;

/**
 * A protected {@code add*} method that its class never calls is a hook: subclasses call it to
 * configure what they extend (typically from their constructors), so what it adds is normal
 * confidence. A protected method the class itself calls from a public request method, and a
 * protected method that overrides (a framework's per-request callback), keep high.
 */
public abstract class ProtectedHookNormal {

  private static final Set<String> REQUIRED_PROPERTIES = new HashSet<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal
  private static final Set<String> SEEN_SESSIONS = new HashSet<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high
  private static final Set<String> SEEN_PATHS = new HashSet<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  protected static synchronized void addRequiredProperty(String property) {
    REQUIRED_PROPERTIES.add(property); // growth
  }

  public void handle(String sessionId) {
    addSession(sessionId);
  }

  protected void addSession(String sessionId) {
    synchronized (SEEN_SESSIONS) {
      SEEN_SESSIONS.add(sessionId); // growth
    }
  }

  /** Called by a framework with each request's path. */
  protected abstract void addPath(String path);

  /** A subclass's request callback: it overrides, so a framework calls it per request. */
  public abstract static class PathRecorder extends ProtectedHookNormal {
    @Override
    protected void addPath(String path) {
      synchronized (SEEN_PATHS) {
        SEEN_PATHS.add(path); // growth
      }
    }
  }

  public static boolean required(String property) {
    return REQUIRED_PROPERTIES.contains(property);
  }
}
