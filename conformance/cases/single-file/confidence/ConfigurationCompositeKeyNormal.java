package conformance.confidence;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A key object made of a class, a clock and a precision: finite values and configuration objects,
 * no free text: normal confidence.
 */
public final class ConfigurationCompositeKeyNormal {

  private static final Map<Key, Runnable> DELEGATES = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal

  private ConfigurationCompositeKeyNormal() {}

  public static Runnable delegateFor(Class<?> type, Clock clock, int precision) {
    Key key = new Key(type, clock, precision);
    return DELEGATES.computeIfAbsent(key, k -> () -> System.out.println(clock.instant())); // growth
  }

  private record Key(Class<?> type, Clock clock, int precision) {}
}
