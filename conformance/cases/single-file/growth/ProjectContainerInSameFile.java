package conformance.growth;

import java.util.ArrayList;
import java.util.List;

/**
 * A static holder of the project's own container, declared in the same file: its add grows the
 * wrapped list, and nothing removes (the finding is at the holder, with the wrapper's line too).
 */
public final class ProjectContainerInSameFile {

  private static final History HISTORY = History.create(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private ProjectContainerInSameFile() {}

  public static void record(String event) {
    HISTORY.append(event); // growth
  }

  static final class History {
    private final List<String> events = new ArrayList<>(); // expect: none

    static History create() {
      return new History();
    }

    void append(String event) {
      events.add(event); // growth
    }

    List<String> snapshot() {
      return List.copyOf(events);
    }
  }
}
