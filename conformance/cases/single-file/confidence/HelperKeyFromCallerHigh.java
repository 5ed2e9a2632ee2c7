package conformance.confidence;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Growth through a helper that takes the map as an argument, with what it adds taken from the
 * helper's own parameters: what the caller passes for them decides, read at the call. A value passed
 * in by the caller's caller is input (high); a class name passed in names code (normal); one of two
 * constants the caller picks is a finite domain (normal).
 */
public final class HelperKeyFromCallerHigh {

  private static final Map<String, Object> STATUS_BY_ORDER = new HashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high
  private static final Map<String, Object> LOADED_CLASSES = new HashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal
  private static final Map<String, Object> BY_KIND = new HashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal

  private HelperKeyFromCallerHigh() {}

  public static Object status(String reference) {
    return getOrCreate(STATUS_BY_ORDER, reference, k -> new Object()); // growth
  }

  public static Object loaded(String className) {
    return getOrCreate(LOADED_CLASSES, className, HelperKeyFromCallerHigh::load); // growth
  }

  public static Object ofKind(boolean urgent) {
    String kind = urgent ? "urgent" : "routine";
    return getOrCreate(BY_KIND, kind, k -> new Object()); // growth
  }

  private static <K, V> V getOrCreate(Map<K, V> map, K key, Function<K, V> make) {
    V v = map.get(key);
    if (v == null) {
      v = make.apply(key);
      map.put(key, v);
    }
    return v;
  }

  private static Object load(String className) {
    return className.length();
  }
}
