package conformance.crossfile.projectcontainerevicts;

import java.util.LinkedHashMap;
import java.util.Map;

/** The project's own store, whose put evicts the oldest entry past a size: bounded by its own code. */
public final class BoundedStore<K, V> {

  private static final int MAX_ENTRIES = 10_000;

  private final Map<K, V> entries = new LinkedHashMap<>(); // expect: none

  public synchronized void put(K key, V value) {
    entries.put(key, value);
    if (entries.size() > MAX_ENTRIES) {
      K eldest = entries.keySet().iterator().next();
      entries.remove(eldest);
    }
  }

  public synchronized V get(K key) {
    return entries.get(key);
  }
}
