package conformance.boundedtypes;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A map made by a factory leakguard does not know is judged by its declared type, a mutable map
 * interface: every new name adds a constant forever (names: normal confidence).
 */
public final class UnknownFactoryJudgedByInterface {

  private static final ConcurrentMap<String, Object> CONSTANTS = Maps2.newConcurrentMap(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal

  private UnknownFactoryJudgedByInterface() {}

  public static Object valueOf(String name) {
    return CONSTANTS.computeIfAbsent(name, n -> new Object()); // growth
  }

  /** Stands for a utility class elsewhere (a library's): leakguard does not know what it returns. */
  static final class Maps2 {
    private Maps2() {}

    static <K, V> ConcurrentMap<K, V> newConcurrentMap() {
      return new ConcurrentHashMap<>();
    }
  }
}
