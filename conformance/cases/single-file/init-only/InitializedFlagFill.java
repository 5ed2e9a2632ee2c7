package conformance.initonly;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A guard flag: a private method fills the map with constants and sets the flag, and every call
 * of it is guarded by the flag being false, so it runs once.
 */
public final class InitializedFlagFill {

  private static final Map<String, String> SYNONYMS = new LinkedHashMap<>(); // expect: none
  private static boolean initialized = false;

  private InitializedFlagFill() {}

  private static void init() {
    SYNONYMS.put("colour", "color");
    SYNONYMS.put("centre", "center");
    initialized = true;
  }

  public static synchronized String normalise(String word) {
    if (!initialized) {
      init();
    }
    return SYNONYMS.getOrDefault(word, word);
  }
}
