package conformance.boundedtypes;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.Map;

/** An {@code EnumMap} holds at most one entry per enum constant: bounded however often it grows. */
public final class EnumMapCounters {

  private static final Map<DayOfWeek, Long> ORDERS_BY_DAY = new EnumMap<>(DayOfWeek.class); // expect: none

  private EnumMapCounters() {}

  public static synchronized void orderPlaced(DayOfWeek day) {
    ORDERS_BY_DAY.merge(day, 1L, Long::sum);
  }
}
