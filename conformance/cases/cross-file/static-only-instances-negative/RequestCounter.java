package conformance.crossfile.staticonlyinstancesnegative;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Like static-only-instances, but {@code ReportJob} also creates a RequestCounter inside a method:
 * instances do not all live as long as a class, so RequestCounter is not a singleton and its map is
 * not a holder (the static instances in Endpoints are judged as holders of this container).
 */
public class RequestCounter {

  private final Map<String, Long> countsByPath = new ConcurrentHashMap<>(); // expect: none

  RequestCounter() {}

  public void hit(String path) {
    countsByPath.merge(path, 1L, Long::sum); // growth
  }

  public long total() {
    return countsByPath.values().stream().mapToLong(Long::longValue).sum();
  }
}
