package conformance.confidence;

import java.util.ArrayList;
import java.util.List;

/**
 * Growth under a static final switch read from a system property: a diagnostic mode, off unless
 * configured. Reported, but normal confidence whatever it adds.
 */
public final class DiagnosticSwitchNormal {

  private static final boolean TRACE = Boolean.getBoolean("app.trace");

  private static final List<String> TRACED = new ArrayList<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal

  private DiagnosticSwitchNormal() {}

  public static void handle(String request) {
    if (TRACE) {
      TRACED.add(request); // growth
    }
  }
}
