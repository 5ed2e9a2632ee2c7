package conformance.confidence;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A map gains an entry per key, not per value: when only the value comes from a parameter and the
 * key is the code's own (a field, a call on nothing the caller gave), input does not decide how many
 * entries there are, and the finding has normal confidence. The same put with the key taken from
 * the parameter (or a field of it) stays high.
 */
public final class ValueFromInputKeyNotNormal {

  private static final Map<String, Object> LAST_REQUEST_BY_NODE = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal
  private static final Map<String, Object> LAST_REQUEST_BY_PATH = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high
  private static final Map<Long, Object> LAST_REQUEST_BY_SESSION = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private final String nodeName;

  public ValueFromInputKeyNotNormal(String nodeName) {
    this.nodeName = nodeName;
  }

  public void handled(Object request) {
    LAST_REQUEST_BY_NODE.put(nodeName, request); // growth
  }

  public void handled(String path, Object request) {
    LAST_REQUEST_BY_PATH.put(path.toLowerCase(), request); // growth
  }

  public void handled(Visit visit, Object request) {
    LAST_REQUEST_BY_SESSION.put(visit.sessionNumber, request); // growth
  }

  /** A parameter's field read as a key: it comes from the caller. */
  public static final class Visit {
    final long sessionNumber;

    Visit(long sessionNumber) {
      this.sessionNumber = sessionNumber;
    }
  }
}
