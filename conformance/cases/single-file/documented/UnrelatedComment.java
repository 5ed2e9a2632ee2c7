package conformance.documented;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A comment that does not start with {@code Bound:} or {@code Eviction:} documents no bound, so the
 * map is still flagged.
 */
public final class UnrelatedComment {

  // No bound needed here, tenants are few (nobody wrote down how few).
  private static final Map<String, String> DATASOURCE_BY_TENANT = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private UnrelatedComment() {}

  public static void onboard(String tenantId, String jdbcUrl) {
    DATASOURCE_BY_TENANT.put(tenantId, jdbcUrl); // growth
  }
}
