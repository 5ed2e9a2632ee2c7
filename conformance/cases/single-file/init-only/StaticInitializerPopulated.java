package conformance.initonly;

import java.util.HashMap;
import java.util.Map;

/**
 * Puts inside a static initializer run once when the class loads; they are initialisation, not
 * run-time growth, and the map is only read afterwards.
 */
public final class StaticInitializerPopulated {

  private static final Map<String, String> COUNTRY_NAMES = new HashMap<>(); // expect: none

  static {
    COUNTRY_NAMES.put("DE", "Germany");
    COUNTRY_NAMES.put("FR", "France");
    COUNTRY_NAMES.put("NL", "Netherlands");
  }

  private StaticInitializerPopulated() {}

  public static String name(String isoCode) {
    return COUNTRY_NAMES.getOrDefault(isoCode, isoCode);
  }
}
