package conformance.crossfile.evictiononlyfromtests;

import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A format cache keyed by what users pass in. Its only removal is a package-private reset that no
 * main source calls (only the tests of the package do): in production nothing evicts.
 */
public final class FormatCache {

  private static final Map<String, String> FORMATS = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private FormatCache() {}

  public static String formatFor(String pattern, TimeZone zone, Locale locale) {
    String key = pattern + "|" + zone.getID() + "|" + locale;
    return FORMATS.computeIfAbsent(key, k -> pattern.replace("yyyy", "uuuu")); // growth
  }

  static void clearInstance() {
    FORMATS.clear();
  }
}
