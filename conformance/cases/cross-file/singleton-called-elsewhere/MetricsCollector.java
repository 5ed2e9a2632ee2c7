package conformance.crossfile.singletoncalledelsewhere;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * A singleton (only a private constructor and {@code INSTANCE}); its public {@code increment} grows
 * the counter map with every metric name, and other files call it with request-derived names. The
 * key is read where it is added, a metric name: normal confidence (names are finite per
 * application unless callers build them from input, which the judgement does not follow).
 */
public final class MetricsCollector {

  public static final MetricsCollector INSTANCE = new MetricsCollector();

  private final Map<String, LongAdder> counters = new ConcurrentHashMap<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=normal

  private MetricsCollector() {}

  public void increment(String metricName) {
    counters.computeIfAbsent(metricName, name -> new LongAdder()).increment(); // growth
  }

  public long value(String metricName) {
    LongAdder adder = counters.get(metricName);
    return adder == null ? 0 : adder.sum();
  }
}
