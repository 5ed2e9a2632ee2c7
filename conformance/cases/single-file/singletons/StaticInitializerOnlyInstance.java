package conformance.singletons;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code SlowQueryLog} is instantiated only inside a static initializer, so it is effectively a
 * singleton; every slow query is appended to its list.
 */
public final class StaticInitializerOnlyInstance {

  static final SlowQueryLog SLOW_QUERIES;

  static {
    SLOW_QUERIES = new SlowQueryLog();
  }

  public static void afterQuery(String sql, long millis) {
    if (millis > 500) {
      SLOW_QUERIES.record(sql);
    }
  }

  static final class SlowQueryLog {
    private final List<String> statements = new ArrayList<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=high

    synchronized void record(String sql) {
      statements.add(sql); // growth
    }
  }
}
