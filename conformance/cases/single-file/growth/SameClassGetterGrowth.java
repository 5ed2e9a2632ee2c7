package conformance.growth;

import java.util.HashMap;
import java.util.Map;

/** Growth through a same-class getter that returns the holder: {@code getMap().put(..)}. */
public final class SameClassGetterGrowth {

  private static final Map<String, String> REDIRECTS = new HashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private SameClassGetterGrowth() {}

  private static Map<String, String> getMap() {
    return REDIRECTS;
  }

  public static synchronized void addRedirect(String fromPath, String toPath) {
    getMap().put(fromPath, toPath); // growth
  }
}
