// options: requireGrowthEvidence=false
package conformance.boundedtypes;

import com.google.common.collect.ImmutableMap;
import java.util.Map;

/** Guava {@code ImmutableMap} is immutable: not flagged even in strict mode. */
public final class GuavaImmutableMapTable {

  private static final Map<String, Integer> PRIORITY_BY_LEVEL = ImmutableMap.of("LOW", 1, "NORMAL", 5, "HIGH", 9); // expect: none

  private GuavaImmutableMapTable() {}

  public static int priority(String level) {
    return PRIORITY_BY_LEVEL.getOrDefault(level, 5);
  }
}
