package conformance.singletons;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CDI {@code @ApplicationScoped} bean lives as long as the application; keeping every customer's
 * abandoned cart in it grows without bound.
 */
@ApplicationScoped
public class CdiApplicationScopedCart {

  private final Map<String, List<String>> abandonedCarts = new HashMap<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=high

  public synchronized void abandon(String customerId, List<String> skus) {
    abandonedCarts.put(customerId, List.copyOf(skus)); // growth
  }
}
