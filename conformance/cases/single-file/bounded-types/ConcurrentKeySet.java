package conformance.boundedtypes;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** {@code ConcurrentHashMap.newKeySet()} is a mutable unbounded set. */
public final class ConcurrentKeySet {

  private static final Set<String> PROCESSED_MESSAGE_IDS = ConcurrentHashMap.newKeySet(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private ConcurrentKeySet() {}

  public static boolean firstDelivery(String messageId) {
    return PROCESSED_MESSAGE_IDS.add(messageId); // growth
  }
}
