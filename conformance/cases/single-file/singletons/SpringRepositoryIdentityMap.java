package conformance.singletons;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Repository;

/**
 * A Spring {@code @Repository} singleton with a hand-rolled identity map that keeps every loaded
 * customer for the life of the application.
 */
@Repository
public class SpringRepositoryIdentityMap {

  private final Map<Long, String> customerNames = new HashMap<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=high

  public synchronized String findName(long customerId) {
    return customerNames.computeIfAbsent(customerId, id -> "customer-" + id); // growth
  }
}
