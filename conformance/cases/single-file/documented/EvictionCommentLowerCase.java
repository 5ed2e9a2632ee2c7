package conformance.documented;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The {@code Eviction:} prefix is matched case-insensitively. */
public final class EvictionCommentLowerCase {

  /* eviction: ReconciliationJob removes settled transfers every hour */
  private static final Map<String, Long> PENDING_TRANSFERS = new ConcurrentHashMap<>(); // expect: none

  private EvictionCommentLowerCase() {}

  public static void initiated(String transferId, long cents) {
    PENDING_TRANSFERS.put(transferId, cents);
  }
}
