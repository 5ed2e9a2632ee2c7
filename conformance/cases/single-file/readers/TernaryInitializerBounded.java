package conformance.readers;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/** A ternary initializer whose branches are both bounded: nothing to report. */
public final class TernaryInitializerBounded {

  private static final boolean SMALL = Boolean.getBoolean("small");

  private static final BlockingQueue<String> EVENTS = SMALL ? new ArrayBlockingQueue<>(10) : new ArrayBlockingQueue<>(1000); // expect: none

  private static final List<String> NAMES = SMALL ? List.of("a") : Collections.emptyList(); // expect: none

  private TernaryInitializerBounded() {}

  public static void publish(String event) {
    EVENTS.offer(event);
  }

  public static List<String> names() {
    return NAMES;
  }
}
