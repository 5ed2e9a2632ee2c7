package conformance.caches;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/** {@code softValues} is a reference bound: the collector clears values under memory pressure. */
public final class CaffeineSoftValues {

  private static final Cache<String, byte[]> RENDERED_PDFS = Caffeine.newBuilder().softValues().build(); // expect: none

  private CaffeineSoftValues() {}

  public static void rendered(String invoiceId, byte[] pdf) {
    RENDERED_PDFS.put(invoiceId, pdf);
  }
}
