package conformance.limits;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Not yet seen: growth through a helper that takes the collection as an argument (the helper's
 * summary, "grows its parameter 0", is planned).
 */
public final class HelperTakesTheCollection {

  private static final Map<String, Object> DRIVERS = new HashMap<>(); // desire: UnboundedStaticCollection

  private HelperTakesTheCollection() {}

  public static synchronized Object driver(String className) {
    return computeIfAbsent(DRIVERS, className, HelperTakesTheCollection::load);
  }

  private static <K, V> V computeIfAbsent(Map<K, V> map, K key, Function<K, V> f) {
    V v = map.get(key);
    if (v == null) {
      v = f.apply(key);
      map.put(key, v);
    }
    return v;
  }

  private static Object load(String className) {
    return className.length();
  }
}
