package conformance.eviction;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code subList(..).clear()} removes a range from the backing list: acknowledged messages are
 * cut off the front of the outbox.
 */
public final class SubListClear {

  private static final List<String> UNACKNOWLEDGED = new ArrayList<>(); // expect: none

  private SubListClear() {}

  public static synchronized void sent(String messageId) {
    UNACKNOWLEDGED.add(messageId);
  }

  public static synchronized void acknowledgeFirst(int count) {
    UNACKNOWLEDGED.subList(0, count).clear();
  }
}
