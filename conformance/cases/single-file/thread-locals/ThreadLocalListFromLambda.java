package conformance.threadlocals;

import java.util.ArrayList;
import java.util.List;

/** A lambda that makes each thread's list counts like a constructor reference; appends through a local too. */
public final class ThreadLocalListFromLambda {

  private static final ThreadLocal<List<String>> TRACE = ThreadLocal.withInitial(() -> new ArrayList<>()); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private ThreadLocalListFromLambda() {}

  public static void step(String message) {
    List<String> steps = TRACE.get();
    steps.add(message); // growth
  }
}
