package conformance.confidence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A method reference gets its elements from the call it is passed to: here every tag a caller
 * sends ({@code tags.forEach(SEEN::add)}), so input decides how many entries there are.
 */
public final class MethodReferenceFedByParameter {

  private static final Set<String> SEEN = new HashSet<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high
  private static final List<String> DEFAULTS = new ArrayList<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal

  private MethodReferenceFedByParameter() {}

  public static synchronized void tagged(List<String> tags) {
    tags.forEach(SEEN::add); // growth
  }

  public static synchronized void reloadDefaults() {
    List.of("new", "hot").forEach(DEFAULTS::add); // growth
  }
}
