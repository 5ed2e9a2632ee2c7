package conformance.readers;

import java.util.HashSet;
import java.util.Set;

/** A local declared with {@code var} is an alias like any other. */
public final class VarAliasGrowth {

  private static final Set<String> TOKENS = new HashSet<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private VarAliasGrowth() {}

  public static synchronized void issue(String token) {
    var all = TOKENS;
    all.add(token); // growth
  }
}
