package conformance.singletons;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/** A Spring {@code @Service} singleton indexing every order it has ever seen. */
@Service
public class SpringServiceOrderIndex {

  private final Map<String, String> statusByOrderId = new ConcurrentHashMap<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=high

  public void updateStatus(String orderId, String status) {
    statusByOrderId.put(orderId, status); // growth
  }

  public String status(String orderId) {
    return statusByOrderId.getOrDefault(orderId, "UNKNOWN");
  }
}
