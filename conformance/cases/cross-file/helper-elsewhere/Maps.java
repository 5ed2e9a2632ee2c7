package conformance.crossfile.helperelsewhere;

import java.util.Map;
import java.util.function.Function;

/** A utility method in another file that puts into the map it is given. */
public final class Maps {

  private Maps() {}

  public static <K, V> V computeIfAbsent(Map<K, V> map, K key, Function<K, V> f) {
    V v = map.get(key);
    if (v != null) {
      return v;
    }
    return map.computeIfAbsent(key, f);
  }
}
