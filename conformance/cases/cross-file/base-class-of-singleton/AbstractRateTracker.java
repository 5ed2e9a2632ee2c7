package conformance.crossfile.baseclassofsingleton;

import java.util.HashMap;
import java.util.Map;

/**
 * No bean itself: its instance field lives in each subclass instance, and one subclass (in another
 * file) is a Spring component, so the map lives as long as the context.
 */
public abstract class AbstractRateTracker {

  private final Map<String, Integer> callsByClient = new HashMap<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=high

  protected synchronized int count(String clientKey) {
    return callsByClient.merge(clientKey, 1, Integer::sum); // growth
  }
}
