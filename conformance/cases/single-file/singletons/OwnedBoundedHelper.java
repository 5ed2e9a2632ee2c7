package conformance.singletons;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A helper owned by an enum singleton, whose map evicts past a size: owned, but bounded.
 */
public enum OwnedBoundedHelper {
  INSTANCE;

  private final RecentIds recent = new RecentIds();

  public void seen(String id) {
    recent.remember(id);
  }

  static final class RecentIds {
    private final Map<String, Long> ids = new LinkedHashMap<>(); // expect: none

    void remember(String id) {
      ids.put(id, System.nanoTime());
      if (ids.size() > 1_000) {
        ids.remove(ids.keySet().iterator().next());
      }
    }
  }
}
