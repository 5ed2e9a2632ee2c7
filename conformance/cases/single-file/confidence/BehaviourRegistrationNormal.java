package conformance.confidence;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * Behaviour handed over as an object (a predicate, a function) and kept is a registration, like a
 * listener: one entry per registered rule, normal confidence. The same method keeping plain
 * values a caller passes is high.
 */
public final class BehaviourRegistrationNormal {

  private static final List<Predicate<StackTraceElement>> FRAME_FILTERS = new CopyOnWriteArrayList<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal
  private static final List<Object> PENDING_VALUES = new CopyOnWriteArrayList<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private BehaviourRegistrationNormal() {}

  public static void addFrameFilter(Predicate<StackTraceElement> filter) {
    FRAME_FILTERS.add(filter); // growth
  }

  public static void addPendingValue(Object value) {
    PENDING_VALUES.add(value); // growth
  }

  public static boolean hidden(StackTraceElement frame) {
    for (Predicate<StackTraceElement> f : FRAME_FILTERS) {
      if (f.test(frame)) {
        return true;
      }
    }
    return false;
  }
}
