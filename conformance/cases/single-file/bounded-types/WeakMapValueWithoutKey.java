package conformance.boundedtypes;

import java.util.Map;
import java.util.WeakHashMap;

/** A weak map whose values do not refer to their keys: entries go when the key does. */
public final class WeakMapValueWithoutKey {

  private static final Map<Object, Summary> SUMMARIES = new WeakHashMap<>(); // expect: none

  private WeakMapValueWithoutKey() {}

  public static synchronized void summarise(Object owner, int size) {
    SUMMARIES.put(owner, new Summary(size));
  }

  record Summary(int size) {}
}
