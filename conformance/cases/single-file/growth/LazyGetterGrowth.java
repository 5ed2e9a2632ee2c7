package conformance.growth;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A static map made on first use by a lazy getter ({@code if (F == null) { F = new ..; } return F;},
 * or double-checked through a local) grows through that getter like through a plain one. A map
 * the class also sets back to null is evicted that way.
 */
public final class LazyGetterGrowth {

  private static Map<String, Object> sessions; // expect: UnboundedStaticCollection kind=GROWTH confidence=high
  private static volatile Set<String> seen; // expect: UnboundedStaticCollection kind=GROWTH confidence=high
  private static Map<String, Object> drafts; // expect: none

  private LazyGetterGrowth() {}

  private static Map<String, Object> sessions() {
    if (sessions == null) {
      sessions = new HashMap<>();
    }
    return sessions;
  }

  private static Set<String> seen() {
    Set<String> s = seen;
    if (s == null) {
      synchronized (LazyGetterGrowth.class) {
        s = seen;
        if (s == null) {
          s = ConcurrentHashMap.newKeySet();
          seen = s;
        }
      }
    }
    return s;
  }

  private static synchronized Map<String, Object> drafts() {
    if (drafts == null) {
      drafts = new HashMap<>();
    }
    return drafts;
  }

  public static synchronized void open(String sessionId, Object session) {
    sessions().put(sessionId, session); // growth
  }

  public static void visit(String page) {
    seen().add(page); // growth
  }

  public static void save(String id, Object draft) {
    drafts().put(id, draft);
  }

  public static synchronized void discardDrafts() {
    drafts = null;
  }
}
