package conformance.eviction;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** {@code clear} is eviction evidence: the metrics buffer is emptied on every flush. */
public final class ClearOnFlush {

  private static final List<String> METRIC_LINES = new ArrayList<>(); // expect: none

  private ClearOnFlush() {}

  public static synchronized void gauge(String name, double value) {
    METRIC_LINES.add(name + " " + value);
  }

  public static synchronized void flush(Consumer<List<String>> exporter) {
    exporter.accept(List.copyOf(METRIC_LINES));
    METRIC_LINES.clear();
  }
}
