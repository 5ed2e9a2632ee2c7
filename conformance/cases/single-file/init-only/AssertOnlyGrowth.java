package conformance.initonly;

import java.util.HashSet;
import java.util.Set;

/** Growth inside an assert statement runs only with assertions enabled: not in production. */
public final class AssertOnlyGrowth {

  private static final Set<String> CHECKED = new HashSet<>(); // expect: none

  private AssertOnlyGrowth() {}

  public static String checked(String name) {
    assert CHECKED.add(name) || true;
    return name;
  }
}
