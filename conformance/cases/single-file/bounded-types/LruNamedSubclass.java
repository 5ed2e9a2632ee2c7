package conformance.boundedtypes;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A named LinkedHashMap subclass declared in the same file overrides {@code removeEldestEntry}, so
 * a field initialised with it is bounded.
 */
public final class LruNamedSubclass {

  static final class LruMap<K, V> extends LinkedHashMap<K, V> {
    private static final long serialVersionUID = 1L;
    private final int maxEntries;

    LruMap(int maxEntries) {
      super(16, 0.75f, true);
      this.maxEntries = maxEntries;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
      return size() > maxEntries;
    }
  }

  private static final Map<String, String> RENDERED_PAGES = new LruMap<>(1_000); // expect: none

  private LruNamedSubclass() {}

  public static synchronized void rendered(String url, String html) {
    RENDERED_PAGES.put(url, html);
  }
}
