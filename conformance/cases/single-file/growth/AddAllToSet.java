package conformance.growth;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** {@code addAll} is a growth site: every batch of tags is merged into a static set. */
public final class AddAllToSet {

  private static final Set<String> KNOWN_TAGS = new HashSet<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private AddAllToSet() {}

  public static synchronized void index(Collection<String> tags) {
    KNOWN_TAGS.addAll(tags); // growth
  }
}
