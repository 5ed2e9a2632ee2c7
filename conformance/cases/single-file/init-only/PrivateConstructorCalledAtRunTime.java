package conformance.initonly;

import java.util.ArrayList;
import java.util.List;

/**
 * The same private-constructor registry, but a public factory creates instances at run time:
 * every call adds one, so the registry grows with traffic.
 */
public final class PrivateConstructorCalledAtRunTime {

  private static final List<PrivateConstructorCalledAtRunTime> CREATED = new ArrayList<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  public static final PrivateConstructorCalledAtRunTime DEFAULT = new PrivateConstructorCalledAtRunTime("default");

  private final String tenant;

  private PrivateConstructorCalledAtRunTime(String tenant) {
    this.tenant = tenant;
    CREATED.add(this); // growth
  }

  public static PrivateConstructorCalledAtRunTime forTenant(String tenant) {
    return new PrivateConstructorCalledAtRunTime(tenant);
  }

  public String tenant() {
    return tenant;
  }
}
