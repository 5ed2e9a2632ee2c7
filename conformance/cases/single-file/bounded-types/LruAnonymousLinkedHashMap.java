package conformance.boundedtypes;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An anonymous LinkedHashMap subclass overriding {@code removeEldestEntry} is an LRU map bounded by
 * the size it compares against.
 */
public final class LruAnonymousLinkedHashMap {

  private static final int MAX_ENTRIES = 500;

  private static final Map<String, byte[]> THUMBNAILS = new LinkedHashMap<>(16, 0.75f, true) { // expect: none
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
      return size() > MAX_ENTRIES;
    }
  };

  private LruAnonymousLinkedHashMap() {}

  public static synchronized void store(String imageId, byte[] thumbnail) {
    THUMBNAILS.put(imageId, thumbnail);
  }
}
