package conformance.readers;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** A ternary initializer whose branches are both unbounded maps. */
public final class TernaryInitializer {

  private static final boolean SORTED = Boolean.getBoolean("sorted");

  private static final Map<String, String> ATTRIBUTES = SORTED ? new TreeMap<>() : new HashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private TernaryInitializer() {}

  public static synchronized void set(String key, String value) {
    ATTRIBUTES.put(key, value); // growth
  }
}
