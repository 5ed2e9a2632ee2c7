package conformance.confidence;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A key that is a list or set of finite values (classes, enum constants) takes only the
 * combinations the code names: one entry per combination, normal confidence. A list of strings
 * handed in by callers is as open as the strings: high.
 */
public final class CollectionOfFiniteKeyNormal {

  private static final Map<List<Class<?>>, String> BY_TYPES = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal
  private static final Map<Set<Phase>, String> BY_STATES = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal
  private static final Map<List<String>, String> BY_WORDS = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  /** The phases a job goes through. */
  public enum Phase { QUEUED, RUNNING, DONE }

  private CollectionOfFiniteKeyNormal() {}

  public static String describe(List<Class<?>> types) {
    return BY_TYPES.computeIfAbsent(types, t -> t.toString()); // growth
  }

  public static String describeStates(Set<Phase> states) {
    return BY_STATES.computeIfAbsent(states, s -> s.toString()); // growth
  }

  public static String join(List<String> words) {
    return BY_WORDS.computeIfAbsent(words, w -> String.join(" ", w)); // growth
  }
}
