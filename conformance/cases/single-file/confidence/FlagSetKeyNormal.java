package conformance.confidence;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An int that holds a few bits (permissions, access flags, an open mode, modifiers) takes a small
 * fixed set of values: a map keyed by one renders each combination once, normal confidence. An
 * int that counts or locates something (an offset, a sequence number) is unbounded: high.
 */
public final class FlagSetKeyNormal {

  private static final Map<Integer, String> PERMISSION_TEXT = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal
  private static final Map<Integer, String> MODIFIER_TEXT = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal
  private static final Map<Integer, String> OFFSET_TEXT = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private FlagSetKeyNormal() {}

  public static String permissionText(int perms) {
    return PERMISSION_TEXT.computeIfAbsent(perms, p -> ((p & 1) != 0 ? "r" : "-") + ((p & 2) != 0 ? "w" : "-")); // growth
  }

  public static String modifierText(int accessFlags) {
    return MODIFIER_TEXT.computeIfAbsent(accessFlags, java.lang.reflect.Modifier::toString); // growth
  }

  public static String offsetText(int offset) {
    return OFFSET_TEXT.computeIfAbsent(offset, o -> "@" + Integer.toHexString(o)); // growth
  }
}
