package conformance.eviction;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** {@code drainTo} is eviction evidence: a batch writer drains the event queue periodically. */
public final class DrainToBatch {

  private static final BlockingQueue<String> CLICK_EVENTS = new LinkedBlockingQueue<>(); // expect: none

  private DrainToBatch() {}

  public static void clicked(String elementId) {
    CLICK_EVENTS.offer(elementId);
  }

  public static List<String> nextBatch() {
    List<String> batch = new ArrayList<>();
    CLICK_EVENTS.drainTo(batch, 500);
    return batch;
  }
}
