package conformance.confidence;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * A singleton's own setter is a bean property: the container or start-up code calls it to
 * configure the bean, so what it adds is normal. An id still says the domain is unbounded: a
 * setter keyed by an order id is high whatever its name.
 */
@Service
public class BeanSetterConfiguresNormal {

  private final Map<String, String> aliases = new HashMap<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=normal
  private final Map<String, String> statusByOrder = new HashMap<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=high

  public synchronized void setAlias(String alias, String target) {
    aliases.put(alias, target); // growth
  }

  public synchronized void setStatus(String orderId, String status) {
    statusByOrder.put(orderId, status); // growth
  }

  public synchronized String resolve(String key) {
    return aliases.getOrDefault(key, statusByOrder.get(key));
  }
}
