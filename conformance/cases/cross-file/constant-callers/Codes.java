package conformance.crossfile.constantcallers;

import java.util.HashMap;
import java.util.Map;

/**
 * A registry assigned in a static initializer (no initializer on the field), grown by a public
 * static method that another file calls with what it is given: input decides (high), whether or
 * not the pre-filter reads the caller's file.
 */
public final class Codes {

  private static final Map<Integer, String> BY_NUMBER; // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  static {
    BY_NUMBER = new HashMap<>();
    BY_NUMBER.put(200, "OK");
  }

  private Codes() {}

  public static synchronized String describe(int number, String text) {
    return BY_NUMBER.computeIfAbsent(number, n -> text); // growth
  }
}
