package conformance.readers;

import java.util.HashMap;
import java.util.Map;

/** Casts and parentheses around the holder do not hide the growth. */
public final class CastAndParenthesesGrowth {

  private static final Object REGISTRY = new HashMap<String, Object>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal

  private CastAndParenthesesGrowth() {}

  @SuppressWarnings("unchecked")
  public static synchronized void bind(String name, Object value) {
    ((Map<String, Object>) (REGISTRY)).put(name, value); // growth
  }
}
