package conformance.readers;

import java.util.ArrayList;
import java.util.List;

/** A nested class's static list grown from the enclosing class, qualified by the nested class's name. */
public final class NestedClassQualifiedGrowth {

  private NestedClassQualifiedGrowth() {}

  static final class Store {
    static final List<String> KEYS = new ArrayList<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

    private Store() {}
  }

  public static void remember(String key) {
    Store.KEYS.add(key); // growth
  }
}
