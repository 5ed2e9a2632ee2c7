package conformance.confidence;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A key named after something of the code (a package name) holds a finite, per-code-base set of
 * values: normal confidence, and the finding asks for the bound to be written down.
 */
public final class CodeNameKeyNormal {

  private static final Map<String, CodeNameKeyNormal> BY_PACKAGE = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal

  private final String packageName;

  private CodeNameKeyNormal(String packageName) {
    this.packageName = packageName;
  }

  public static CodeNameKeyNormal forPackage(String packageName) {
    return BY_PACKAGE.computeIfAbsent(packageName, CodeNameKeyNormal::new); // growth
  }

  public String packageName() {
    return packageName;
  }
}
