package conformance.growth;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Growth through a helper that takes the collection as an argument: the helper puts into its
 * parameter, so passing the static map to it grows the map, at the call.
 */
public final class HelperGrowsItsParameter {

  private static final Map<String, Object> DRIVERS = new HashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal

  private HelperGrowsItsParameter() {}

  public static synchronized Object driver(String className) {
    return computeIfAbsent(DRIVERS, className, HelperGrowsItsParameter::load); // growth
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
