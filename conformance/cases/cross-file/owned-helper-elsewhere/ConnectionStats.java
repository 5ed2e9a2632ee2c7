package conformance.crossfile.ownedhelperelsewhere;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Made only by the registry (ConnectionRegistry.INSTANCE → stats → byAddress): one counter per
 * remote address ever seen, never removed.
 */
final class ConnectionStats {

  private final Map<String, AtomicLong> byAddress = new ConcurrentHashMap<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=high

  void opened(String remoteAddress) {
    byAddress.computeIfAbsent(remoteAddress, a -> new AtomicLong()).incrementAndGet(); // growth
  }
}
