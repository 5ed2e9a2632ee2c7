package conformance.documented;

import dev.leakguard.annotations.Bounded;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@code @Bounded(" ")}: a reason of only whitespace is blank, and reported as such. */
public final class WhitespaceBoundedAnnotation {

  @Bounded(" ")
  private static final Map<String, Long> QUOTA_USAGE = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=BLANK_REASON confidence=normal

  private WhitespaceBoundedAnnotation() {}

  public static void used(String apiKey, long units) {
    QUOTA_USAGE.merge(apiKey, units, Long::sum); // growth
  }
}
