package conformance.boundedtypes;

import java.lang.ref.Reference;
import java.lang.ref.WeakReference;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * A weak map whose values are made from their keys but held through a weak reference: the value
 * does not keep its key reachable, so entries still go when the key does.
 */
public final class WeakMapReferenceValue {

  private static final Map<Class<?>, Reference<Describer>> DESCRIBERS = // expect: none
      Collections.synchronizedMap(new WeakHashMap<>());

  private WeakMapReferenceValue() {}

  public static Describer of(Class<?> type) {
    Reference<Describer> cached = DESCRIBERS.get(type);
    Describer found = cached == null ? null : cached.get();
    if (found == null) {
      found = new Describer(type);
      DESCRIBERS.put(type, new WeakReference<>(found));
    }
    return found;
  }

  static final class Describer {
    private final Class<?> type;

    Describer(Class<?> type) {
      this.type = type;
    }

    String describe() {
      return type.getName();
    }
  }
}
