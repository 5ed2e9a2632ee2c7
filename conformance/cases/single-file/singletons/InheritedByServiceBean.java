package conformance.singletons;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/**
 * A base class that is no bean itself keeps a map in an instance field; its subclass is a Spring
 * service, one instance for the context's life, so the map it inherits lives as long and every
 * looked-up customer stays in it.
 */
public abstract class InheritedByServiceBean {

  protected final Map<String, Object> byCustomerId = new ConcurrentHashMap<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=high

  protected Object lookup(String customerId) {
    return byCustomerId.computeIfAbsent(customerId, this::load); // growth
  }

  protected abstract Object load(String customerId);
}

@Service
class CustomerLookupService extends InheritedByServiceBean {

  @Override
  protected Object load(String customerId) {
    return new Object();
  }
}
