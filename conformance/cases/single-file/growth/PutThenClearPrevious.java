package conformance.growth;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Clearing the previous value that put returned does nothing to the map: the put is the growth site. */
public final class PutThenClearPrevious {

  private static final Map<String, List<String>> ROUTES = new HashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private PutThenClearPrevious() {}

  public static synchronized void replace(String path, List<String> targets) {
    List<String> previous = ROUTES.put(path, targets); // growth
    if (previous != null) {
      previous.clear();
    }
  }
}
