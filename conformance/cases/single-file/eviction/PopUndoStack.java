package conformance.eviction;

import java.util.ArrayDeque;
import java.util.Deque;

/** {@code pop} is eviction evidence: undo takes the last edit off the stack. */
public final class PopUndoStack {

  private static final Deque<String> EDITS = new ArrayDeque<>(); // expect: none

  private PopUndoStack() {}

  public static synchronized void edit(String change) {
    EDITS.push(change);
  }

  public static synchronized String undo() {
    return EDITS.isEmpty() ? null : EDITS.pop();
  }
}
