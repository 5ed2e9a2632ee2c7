package conformance.singletons;

import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code FormatCache} is only ever instantiated as an anonymous subclass in a static field
 * initializer ({@code static final FormatCache CACHE = new FormatCache() {...}}), so its instance
 * lives as long as the class and its formatter map is a singleton holder that grows with every
 * pattern a caller passes.
 */
public final class AnonymousSubclassFormatCache {

  static final FormatCache CACHE = new FormatCache() {
    @Override
    String normalise(String pattern) {
      return pattern.trim();
    }
  };

  private AnonymousSubclassFormatCache() {}

  public static String format(String pattern, TemporalAccessor value) {
    return CACHE.formatter(pattern).format(value);
  }

  abstract static class FormatCache {
    private final Map<String, DateTimeFormatter> formatters = new ConcurrentHashMap<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=high

    abstract String normalise(String pattern);

    DateTimeFormatter formatter(String pattern) {
      return formatters.computeIfAbsent(normalise(pattern), DateTimeFormatter::ofPattern); // growth
    }
  }
}
