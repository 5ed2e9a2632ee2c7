package conformance.confidence;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** A random UUID key is unbounded by construction: high confidence with no parameter in sight. */
public final class RandomUuidKeyHigh {

  private static final Map<String, RandomUuidKeyHigh> LIVE = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private final String id;

  public RandomUuidKeyHigh() {
    String fresh = UUID.randomUUID().toString();
    id = fresh;
    LIVE.put(fresh, this); // growth
  }

  public String id() {
    return id;
  }
}
