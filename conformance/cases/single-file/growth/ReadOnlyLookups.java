package conformance.growth;

import java.util.HashMap;
import java.util.Map;

/**
 * Lookups are not growth sites: {@code get}, {@code containsKey}, {@code getOrDefault} and
 * iteration never add entries, and the map is only populated during class initialisation.
 */
public final class ReadOnlyLookups {

  private static final Map<String, Integer> HTTP_STATUS = new HashMap<>(); // expect: none

  static {
    HTTP_STATUS.put("OK", 200);
    HTTP_STATUS.put("NOT_FOUND", 404);
    HTTP_STATUS.put("INTERNAL_ERROR", 500);
  }

  private ReadOnlyLookups() {}

  public static int status(String name) {
    if (!HTTP_STATUS.containsKey(name)) {
      return HTTP_STATUS.getOrDefault("INTERNAL_ERROR", 500);
    }
    return HTTP_STATUS.get(name);
  }
}
