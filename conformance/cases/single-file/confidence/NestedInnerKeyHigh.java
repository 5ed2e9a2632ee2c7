package conformance.confidence;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Growth of a nested collection: the outer map gains a key at most once per key, the inner one an
 * entry per call. A finite outer key (a constant, a class) does not bound what the inner one is
 * given: the inner growth decides. Sessions under one realm and events under their class grow with
 * input (high); role names under realm names are names of configuration (normal).
 */
public final class NestedInnerKeyHigh {

  private static final Map<String, Map<String, Object>> SESSIONS_BY_REALM = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high
  private static final Map<Class<?>, List<Object>> EVENTS_BY_TYPE = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high
  private static final Map<String, Set<String>> ROLES_BY_REALM = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal

  private NestedInnerKeyHigh() {}

  public static void open(String sessionKey, Object state) {
    SESSIONS_BY_REALM.computeIfAbsent("default", r -> new ConcurrentHashMap<>()).put(sessionKey, state); // growth
  }

  public static void publish(Object event) {
    EVENTS_BY_TYPE.computeIfAbsent(event.getClass(), t -> new CopyOnWriteArrayList<>()).add(event); // growth
  }

  public static void grant(String realmName, String roleName) {
    ROLES_BY_REALM.computeIfAbsent(realmName, r -> ConcurrentHashMap.newKeySet()).add(roleName); // growth
  }
}
