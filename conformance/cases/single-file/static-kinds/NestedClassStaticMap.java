package conformance.statickinds;

import java.util.HashMap;
import java.util.Map;

/**
 * A static field of a nested class is as long-lived as any other static field: the tenant
 * settings map grows with every tenant id passed to {@code settingsFor}.
 */
public class NestedClassStaticMap {

  static final class Store {
    static final Map<String, Map<String, String>> BY_TENANT = new HashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high
  }

  public Map<String, String> settingsFor(String tenantId) {
    synchronized (Store.BY_TENANT) {
      return Store.BY_TENANT.computeIfAbsent(tenantId, id -> new HashMap<>()); // growth
    }
  }
}
