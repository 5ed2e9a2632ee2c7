package conformance.crossfile.unreachablegrowth;

import java.util.ArrayList;
import java.util.List;

/**
 * A package-private class whose public static method nothing in the program calls: code of other
 * packages cannot name the class, so no request path reaches the growth. Reported, at normal
 * confidence (a caller added later would decide).
 */
final class RunLog {

  private static final List<String> LINES = new ArrayList<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal

  private RunLog() {}

  public static synchronized void log(String line) {
    LINES.add(line); // growth
  }

  public static synchronized List<String> lines() {
    return List.copyOf(LINES);
  }
}
