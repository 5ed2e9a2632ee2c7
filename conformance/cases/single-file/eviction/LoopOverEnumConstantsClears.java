package conformance.eviction;

import java.util.HashMap;
import java.util.Map;

/** Clearing every constant's cache in a loop over values() evicts each constant's map. */
public enum LoopOverEnumConstantsClears {
  SHORT,
  LONG;

  private final Map<String, String> cache = new HashMap<>(); // expect: none

  public String format(String key) {
    return cache.computeIfAbsent(key, k -> name() + ":" + k);
  }

  public static void clearAll() {
    for (LoopOverEnumConstantsClears style : LoopOverEnumConstantsClears.values()) {
      style.cache.clear();
    }
  }
}
