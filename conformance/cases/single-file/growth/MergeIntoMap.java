package conformance.growth;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@code merge} is a growth site: a hit counter per URL path. */
public final class MergeIntoMap {

  private static final Map<String, Long> HITS_BY_PATH = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private MergeIntoMap() {}

  public static void hit(String path) {
    HITS_BY_PATH.merge(path, 1L, Long::sum); // growth
  }
}
