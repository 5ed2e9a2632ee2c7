package conformance.readers;

import java.util.HashMap;
import java.util.Map;

/**
 * The static field is assigned, in a static initializer, a local that holds a fresh HashMap: the
 * field holds an unbounded map, and the request path grows it.
 */
public final class StaticInitLocalFreshMap {

  private static final Map<String, Integer> HITS; // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  static {
    Map<String, Integer> m = new HashMap<>();
    m.put("/", 0);
    HITS = m;
  }

  private StaticInitLocalFreshMap() {}

  public static synchronized void hit(String path) {
    HITS.merge(path, 1, Integer::sum); // growth
  }
}
