package conformance.confidence;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;

/** A key object made only of a time zone, a locale and a style number is finite: normal confidence. */
public final class FiniteCompositeKeyNormal {

  private static final Map<Key, String> DISPLAY_NAMES = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal

  private FiniteCompositeKeyNormal() {}

  public static String displayName(TimeZone zone, int style, Locale locale) {
    Key key = new Key(zone, style, locale);
    return DISPLAY_NAMES.computeIfAbsent(key, k -> zone.getDisplayName(false, style, locale)); // growth
  }

  private record Key(TimeZone zone, int style, Locale locale) {
    Key {
      Objects.requireNonNull(zone);
    }
  }
}
