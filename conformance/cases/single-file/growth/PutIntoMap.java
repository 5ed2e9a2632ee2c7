package conformance.growth;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@code put} is a growth site: the last response per request id is kept forever. */
public final class PutIntoMap {

  private static final Map<String, String> RESPONSES = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private PutIntoMap() {}

  public static void completed(String requestId, String responseBody) {
    RESPONSES.put(requestId, responseBody); // growth
  }
}
