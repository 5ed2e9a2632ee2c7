package conformance.confidence;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A key computed by a method that says it returns a name of code ({@code toClassName(path)}: a
 * class name, finite per code base) is not free input: normal, and the finding asks for the bound
 * to be written down. A method whose name ends in another kind of name ({@code toDisplayName}) says
 * nothing of the domain: the key comes from the caller, high.
 */
public final class CodeNameMethodKeyNormal {

  private static final Map<String, String> SOURCE_BY_CLASS = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal
  private static final Map<String, String> TITLES = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private CodeNameMethodKeyNormal() {}

  public static void found(String entryPath, String source) {
    SOURCE_BY_CLASS.put(entryPathToClassName(entryPath), source); // growth
  }

  public static void titled(String path, String title) {
    TITLES.put(toDisplayName(path), title); // growth
  }

  private static String entryPathToClassName(String path) {
    return path.replace('/', '.').replace(".class", "");
  }

  private static String toDisplayName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
