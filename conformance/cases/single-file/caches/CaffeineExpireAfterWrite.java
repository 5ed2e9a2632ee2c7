package conformance.caches;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;

/** {@code expireAfterWrite} bounds a Caffeine cache in time. */
public final class CaffeineExpireAfterWrite {

  private static final Cache<String, String> OTP_CODES = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(5)).build(); // expect: none

  private CaffeineExpireAfterWrite() {}

  public static void issued(String phoneNumber, String code) {
    OTP_CODES.put(phoneNumber, code);
  }
}
