package conformance.crossfile.evictiononlyfromtests;

import java.util.Locale;
import java.util.TimeZone;

/** The cache's only main-code user: it formats, it never resets. */
public final class Dates {

  private Dates() {}

  public static String pattern(String userPattern) {
    return FormatCache.formatFor(userPattern, TimeZone.getDefault(), Locale.getDefault());
  }
}
