package conformance.eviction;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The only removal is in a reset marked as existing for tests, and no code calls it: in production
 * nothing ever removes a pattern, so the cache grows with every pattern a user sends.
 */
public final class ResetOnlyForTests {

  /** The team's own marker: only its simple name matters. */
  @Retention(RetentionPolicy.CLASS)
  @interface VisibleForTesting {}

  private static final Map<String, String> COMPILED = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private ResetOnlyForTests() {}

  public static String compile(String pattern) {
    return COMPILED.computeIfAbsent(pattern, p -> p.trim().toLowerCase(java.util.Locale.ROOT)); // growth
  }

  @VisibleForTesting
  static void resetCache() {
    COMPILED.clear();
  }
}
