package conformance.eviction;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** {@code removeAll} is eviction evidence: blocked IPs are lifted in batches by the admin API. */
public final class RemoveAllUnblocked {

  private static final Set<String> BLOCKED_IPS = new HashSet<>(); // expect: none

  private RemoveAllUnblocked() {}

  public static synchronized void block(String ip) {
    BLOCKED_IPS.add(ip);
  }

  public static synchronized void unblock(Collection<String> ips) {
    BLOCKED_IPS.removeAll(ips);
  }
}
