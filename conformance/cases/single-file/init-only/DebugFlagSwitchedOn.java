package conformance.initonly;

import java.util.ArrayList;
import java.util.List;

/** A debug flag that the code can switch on is not a constant: the growth runs when it is on. */
public final class DebugFlagSwitchedOn {

  private static boolean debug = false;

  private static final List<String> TRACE = new ArrayList<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private DebugFlagSwitchedOn() {}

  public static void enableDebug() {
    debug = true;
  }

  public static void handle(String request) {
    if (debug) {
      TRACE.add(request); // growth
    }
  }
}
