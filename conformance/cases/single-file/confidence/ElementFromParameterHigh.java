package conformance.confidence;

import java.util.ArrayList;
import java.util.List;

/**
 * The element added (not only a map key) comes from a parameter of a non-private
 * (package-private) method: high confidence.
 */
public final class ElementFromParameterHigh {

  private static final List<String> SEARCH_QUERIES = new ArrayList<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private ElementFromParameterHigh() {}

  static synchronized void searched(String query) {
    SEARCH_QUERIES.add(query.trim()); // growth
  }
}
