package conformance.growth;

import java.util.ArrayDeque;
import java.util.Deque;

/** {@code push} is a growth site: an undo history that is pushed to but never popped. */
public final class PushToStack {

  private static final Deque<String> UNDO_HISTORY = new ArrayDeque<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private PushToStack() {}

  public static synchronized void edited(String documentId, String snapshot) {
    UNDO_HISTORY.push(documentId + "@" + snapshot); // growth
  }
}
