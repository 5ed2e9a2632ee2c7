package conformance.confidence;

import java.io.File;
import java.util.Map;
import java.util.StringTokenizer;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a {@code register*} method adds is what its callers register, even when it is computed
 * from the parameter (each directory of a path list): normal. The same body in a method that
 * does not register (it runs per lookup) is high.
 */
public final class RegistrationOfDerivedValuesNormal {

  private static final Map<String, Boolean> SEARCH_DIRS = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal
  private static final Map<String, Boolean> LOOKED_UP_DIRS = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private RegistrationOfDerivedValuesNormal() {}

  public static void registerSearchPath(String pathList) {
    StringTokenizer dirs = new StringTokenizer(pathList, File.pathSeparator);
    while (dirs.hasMoreTokens()) {
      String dir = dirs.nextToken();
      SEARCH_DIRS.put(dir, Boolean.TRUE); // growth
    }
  }

  public static void lookUp(String pathList) {
    StringTokenizer dirs = new StringTokenizer(pathList, File.pathSeparator);
    while (dirs.hasMoreTokens()) {
      String dir = dirs.nextToken();
      LOOKED_UP_DIRS.put(dir, Boolean.TRUE); // growth
    }
  }
}
