package conformance.eviction;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** {@code retainAll} is eviction evidence: tenants no longer active are dropped on each sync. */
public final class RetainAllActiveTenants {

  private static final Set<String> WARMED_TENANTS = new HashSet<>(); // expect: none

  private RetainAllActiveTenants() {}

  public static synchronized void warmed(String tenantId) {
    WARMED_TENANTS.add(tenantId);
  }

  public static synchronized void syncWith(Collection<String> activeTenants) {
    WARMED_TENANTS.retainAll(activeTenants);
  }
}
