package conformance.crossfile.projectcontainer;

import java.util.HashMap;
import java.util.Map;

/** The project's own keyed store: a thin wrapper around a map, with no bound of its own. */
public final class KeyedStore<K, V> {

  private final Map<K, V> entries = new HashMap<>(); // expect: none

  private KeyedStore() {}

  public static <K, V> KeyedStore<K, V> create() {
    return new KeyedStore<>();
  }

  public synchronized void put(K key, V value) {
    entries.put(key, value); // growth
  }

  public synchronized V get(K key) {
    return entries.get(key);
  }

  public synchronized void remove(K key) {
    entries.remove(key);
  }
}
