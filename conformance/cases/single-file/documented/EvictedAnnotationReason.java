package conformance.documented;

import dev.leakguard.annotations.Evicted;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code @Evicted} with a non-blank reason documents eviction that leakguard cannot see (here a
 * servlet session listener in another module).
 */
public final class EvictedAnnotationReason {

  @Evicted("SessionCleanupListener.sessionDestroyed removes the session's entry")
  private static final Map<String, String> CSRF_TOKENS = new ConcurrentHashMap<>(); // expect: none

  private EvictedAnnotationReason() {}

  public static void issue(String sessionId, String token) {
    CSRF_TOKENS.put(sessionId, token);
  }
}
