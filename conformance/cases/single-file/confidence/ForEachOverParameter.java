package conformance.confidence;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A loop over what the caller passes adds each element: input decides how many entries there are,
 * as for the parameter itself. The same loop over constants adds a finite set.
 */
public final class ForEachOverParameter {

  private static final Set<String> SEEN_TAGS = new HashSet<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high
  private static final Set<String> KNOWN = new HashSet<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal

  private ForEachOverParameter() {}

  public static synchronized void tagged(List<String> tags) {
    for (String tag : tags) {
      SEEN_TAGS.add(tag); // growth
    }
  }

  public static synchronized void reset() {
    for (String name : List.of("alpha", "beta")) {
      KNOWN.add(name); // growth
    }
  }
}
