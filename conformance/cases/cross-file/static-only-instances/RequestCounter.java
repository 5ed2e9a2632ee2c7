package conformance.crossfile.staticonlyinstances;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every {@code new RequestCounter()} in the project is a static field initializer (in
 * {@code Endpoints}), so each instance lives as long as its class and the per-path counts are a
 * singleton holder growing with every path requested.
 */
public class RequestCounter {

  private final Map<String, Long> countsByPath = new ConcurrentHashMap<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=high

  RequestCounter() {}

  public void hit(String path) {
    countsByPath.merge(path, 1L, Long::sum); // growth
  }
}
