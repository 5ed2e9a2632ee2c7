package conformance.caches;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/** {@code maximumWeight} with a weigher bounds a Caffeine cache by total bytes. */
public final class CaffeineMaximumWeight {

  private static final Cache<String, byte[]> IMAGES = Caffeine.newBuilder() // expect: none
      .maximumWeight(64L * 1024 * 1024)
      .<String, byte[]>weigher((key, bytes) -> bytes.length)
      .build();

  private CaffeineMaximumWeight() {}

  public static void store(String imageId, byte[] bytes) {
    IMAGES.put(imageId, bytes);
  }
}
