// options: requireGrowthEvidence=false
package conformance.strict;

import dev.leakguard.annotations.Bounded;
import java.util.HashMap;
import java.util.Map;

/** A documented bound satisfies strict mode too. */
public final class StrictDocumentedBound {

  @Bounded("one entry per HTTP method, nine at most")
  private static final Map<String, Long> REQUESTS_BY_METHOD = new HashMap<>(); // expect: none

  /** Bound: one entry per supported locale, configured at start-up */
  private static final Map<String, String> GREETING_BY_LOCALE = new HashMap<>(); // expect: none

  private StrictDocumentedBound() {}

  public static synchronized void request(String method) {
    REQUESTS_BY_METHOD.merge(method, 1L, Long::sum);
  }

  public static synchronized String greeting(String locale) {
    return GREETING_BY_LOCALE.getOrDefault(locale, "Hello");
  }
}
