package conformance.eviction;

import java.util.HashMap;
import java.util.Map;

/**
 * A reference-counted lock table: {@code compute} adds an entry, {@code computeIfPresent}
 * returning null removes it when the count drops to zero. computeIfPresent can never add, only replace or
 * remove, so it is eviction evidence.
 */
public final class ComputeIfPresentRemoves {

  private static final Map<String, Integer> LOCK_COUNTS = new HashMap<>(); // expect: none

  private ComputeIfPresentRemoves() {}

  public static synchronized void acquire(String library) {
    LOCK_COUNTS.compute(library, (k, n) -> n == null ? 1 : n + 1);
  }

  public static synchronized void release(String library) {
    LOCK_COUNTS.computeIfPresent(library, (k, n) -> n == 1 ? null : n - 1);
  }
}
