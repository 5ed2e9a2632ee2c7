package conformance.eviction;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Removing only from the inner set of a nested map does not evict the outer map's entries, and
 * the lookup that precedes it is no growth site.
 */
public final class NestedRemoveKeepsOuterEntry {

  private static final Map<String, Set<String>> MEMBERS = new HashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private NestedRemoveKeepsOuterEntry() {}

  public static synchronized void join(String group, String user) {
    MEMBERS.computeIfAbsent(group, g -> new HashSet<>()).add(user); // growth
  }

  public static synchronized void leave(String group, String user) {
    MEMBERS.computeIfAbsent(group, g -> new HashSet<>()).remove(user);
  }
}
