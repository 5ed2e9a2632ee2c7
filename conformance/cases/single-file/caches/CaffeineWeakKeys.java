package conformance.caches;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/** {@code weakKeys} is a reference bound: entries go with their keys. */
public final class CaffeineWeakKeys {

  private static final Cache<Object, String> DEBUG_LABELS = Caffeine.newBuilder().weakKeys().build(); // expect: none

  private CaffeineWeakKeys() {}

  public static void label(Object request, String label) {
    DEBUG_LABELS.put(request, label);
  }
}
