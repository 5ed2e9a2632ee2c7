package conformance.readers;

import java.util.HashMap;
import java.util.Map;

/** An inner (non-static) class's method grows the enclosing class's static map. */
public final class InnerClassGrowsOuterStatic {

  private static final Map<String, String> LAST_SEEN = new HashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  public final class Visitor {
    public void visit(String id, String page) {
      LAST_SEEN.put(id, page); // growth
    }
  }
}
