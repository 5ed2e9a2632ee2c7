package conformance.confidence;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A key object that holds a caller's free-form pattern string is as unbounded as the pattern: high. */
public final class PatternCompositeKeyHigh {

  private static final Map<Key, String> COMPILED = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private PatternCompositeKeyHigh() {}

  public static String compile(String pattern, Locale locale) {
    Key key = new Key(pattern, locale);
    return COMPILED.computeIfAbsent(key, k -> pattern.toUpperCase(locale)); // growth
  }

  private record Key(String pattern, Locale locale) {}
}
