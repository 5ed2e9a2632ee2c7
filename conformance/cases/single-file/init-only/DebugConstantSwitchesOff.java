package conformance.initonly;

import java.util.ArrayList;
import java.util.List;

/** Growth under a static final constant that is false never runs. */
public final class DebugConstantSwitchesOff {

  private static final boolean DEBUG = false;

  private static final List<String> TRACE = new ArrayList<>(); // expect: none

  private DebugConstantSwitchesOff() {}

  public static void handle(String request) {
    if (DEBUG) {
      TRACE.add(request);
    }
  }
}
