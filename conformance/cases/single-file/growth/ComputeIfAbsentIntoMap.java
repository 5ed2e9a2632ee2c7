package conformance.growth;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** {@code computeIfAbsent} is a growth site: a compiled-regex cache keyed by user-supplied text. */
public final class ComputeIfAbsentIntoMap {

  private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private ComputeIfAbsentIntoMap() {}

  public static boolean matches(String regex, String input) {
    return PATTERNS.computeIfAbsent(regex, Pattern::compile).matcher(input).matches(); // growth
  }
}
