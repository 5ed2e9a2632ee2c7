package conformance.confidence;

import java.util.*;
import java.util.concurrent.*;

/**
 * A random UUID key, with the class imported on demand ({@code java.util.*}): the syntax alone
 * cannot tell {@code UUID} from a constant, but {@code randomUUID()} names what it makes, a new
 * key per call: high.
 */
public final class RandomUuidOnDemandImportHigh {

  private static final Map<String, String> OWNERS = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private RandomUuidOnDemandImportHigh() {}

  static String issue(String owner) {
    String token = UUID.randomUUID().toString();
    OWNERS.put(token, owner); // growth
    return token;
  }
}
