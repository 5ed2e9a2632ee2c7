package conformance.confidence;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A key that is the length of a hex string has a handful of values: normal confidence. */
public final class SmallComputedKeyNormal {

  private static final Map<Integer, String> PADDING = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal

  private SmallComputedKeyNormal() {}

  public static String hex(int value) {
    String digits = Integer.toHexString(value);
    String pad = PADDING.computeIfAbsent(digits.length(), n -> "0".repeat(8 - n)); // growth
    return pad + digits;
  }
}
