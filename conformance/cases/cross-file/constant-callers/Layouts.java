package conformance.crossfile.constantcallers;

import java.util.HashMap;
import java.util.Map;

/**
 * A public static lookup whose every call in the program passes a constant, directly or through a
 * thin wrapper, or runs while a class initialises: the cache holds the few layouts the code
 * chooses. Reported (nothing documents the bound) at normal confidence.
 */
public final class Layouts {

  static final String ISO = "yyyy-MM-dd";

  private static final Map<String, Object> COMPILED = new HashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal

  private Layouts() {}

  public static synchronized Object compile(String layout) {
    return COMPILED.computeIfAbsent(layout, l -> new Object()); // growth
  }

  /** A thin wrapper: what it passes on is what its own callers pass. */
  public static Object dated(String layout) {
    return compile(layout);
  }

  public static Object iso() {
    return compile(ISO);
  }
}
