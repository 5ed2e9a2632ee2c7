package conformance.confidence;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Registries that refuse a second entry for the same key (the code throws) hold one entry per thing
 * registered, whatever a method is called: normal. A map that only reports a replaced entry, without
 * refusing it, takes every key it is given: high. An id-keyed map stays high even when it refuses
 * duplicates: ids are unbounded.
 */
public final class DuplicateRefusedNormal {

  private static final Map<String, String> EXTENSIONS = new HashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal
  private static final Set<String> PREFIXES = new HashSet<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal
  private static final Map<String, Object> LAST_SEEN = new HashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high
  private static final Map<Long, Object> BY_ORDER = new HashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private DuplicateRefusedNormal() {}

  public static synchronized void define(String oid, String className) {
    if (EXTENSIONS.put(oid, className) != null) { // growth
      throw new IllegalArgumentException("already defined: " + oid);
    }
  }

  public static synchronized void reserve(String prefix) {
    if (!PREFIXES.add(prefix)) { // growth
      throw new IllegalStateException("taken: " + prefix);
    }
  }

  public static synchronized void touch(String visitor, Object at) {
    if (LAST_SEEN.put(visitor, at) != null) { // growth
      System.out.println("seen again");
    }
  }

  public static synchronized void accept(long orderId, Object order) {
    if (BY_ORDER.putIfAbsent(orderId, order) != null) { // growth
      throw new IllegalStateException("duplicate order");
    }
  }
}
