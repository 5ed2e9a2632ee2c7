package conformance.eviction;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Nothing in the code calls the package-private eviction, but it is annotated: the scheduler
 * calls it, so it counts.
 */
public final class AnnotatedJobEvicts {

  private static final Map<String, String> TOKENS = new ConcurrentHashMap<>(); // expect: none

  private AnnotatedJobEvicts() {}

  public static void issue(String user, String token) {
    TOKENS.put(user, token);
  }

  @Scheduled(fixedRate = 60_000)
  void expireAll() {
    TOKENS.clear();
  }
}
