package conformance.boundedtypes;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A factory whose name promises a bound (an LRU map) is trusted: its map is not judged. */
public final class UnknownBoundedFactoryTrusted {

  private static final Map<String, String> RECENT = Lru.newLruMap(100); // expect: none

  private UnknownBoundedFactoryTrusted() {}

  public static void seen(String key, String value) {
    RECENT.put(key, value);
  }

  static final class Lru {
    private Lru() {}

    static <K, V> Map<K, V> newLruMap(int max) {
      return Collections.synchronizedMap(new LinkedHashMap<K, V>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
          return size() > max;
        }
      });
    }
  }
}
