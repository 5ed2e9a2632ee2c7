package conformance.crossfile.unreachablegrowth;

import java.util.ArrayList;
import java.util.List;

/** The same shape, but a public endpoint of the package calls it with every request's path: high. */
final class AccessLog {

  private static final List<String> PATHS = new ArrayList<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private AccessLog() {}

  public static synchronized void record(String path) {
    PATHS.add(path); // growth
  }
}
