package conformance.readers;

import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;

/** A switch-expression initializer whose arms are all unbounded lists. */
public final class SwitchExpressionInitializer {

  private static final List<String> TRACE = switch (System.getProperty("trace.kind", "array")) { // expect: UnboundedStaticCollection kind=GROWTH confidence=high
    case "linked" -> new LinkedList<>();
    default -> new ArrayList<>();
  };

  private SwitchExpressionInitializer() {}

  public static synchronized void trace(String line) {
    TRACE.add(line); // growth
  }
}
