package conformance.growth;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Growth through a method reference: {@code items.forEach(SEEN::add)} adds every item the caller passes. */
public final class MethodReferenceGrowth {

  private static final Set<String> SEEN = new HashSet<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private MethodReferenceGrowth() {}

  public static synchronized void deduplicate(List<String> items) {
    items.forEach(SEEN::add); // growth
  }
}
