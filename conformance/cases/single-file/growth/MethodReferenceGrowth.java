package conformance.growth;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Growth through a method reference: {@code items.forEach(SEEN::add)} adds every item. */
public final class MethodReferenceGrowth {

  private static final Set<String> SEEN = new HashSet<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal

  private MethodReferenceGrowth() {}

  public static synchronized void deduplicate(List<String> items) {
    items.forEach(SEEN::add); // growth
  }
}
