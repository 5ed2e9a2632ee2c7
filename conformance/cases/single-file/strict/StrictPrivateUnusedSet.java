// options: requireGrowthEvidence=false
package conformance.strict;

import java.util.HashSet;
import java.util.Set;

/**
 * In strict mode a private mutable set nothing grows is still flagged (kind STRICT): there is no
 * documented bound, and the checklist asks for one on every class-level mutable collection.
 */
public final class StrictPrivateUnusedSet {

  private static final Set<String> KNOWN_BOTS = new HashSet<>(); // expect: UnboundedStaticCollection kind=STRICT confidence=normal

  private StrictPrivateUnusedSet() {}

  public static boolean isBot(String userAgent) {
    return KNOWN_BOTS.contains(userAgent);
  }
}
