package conformance.singletons;

import java.util.HashMap;
import java.util.Map;

/**
 * An application class (Dropwizard's {@code Application}, JAX-RS's {@code Application} and
 * Jersey's {@code ResourceConfig}) is how a framework sets the application up: what its
 * {@code run}, {@code getSingletons()} or constructor makes, it makes once, and a resource
 * registered as an instance serves every request. The framework is not on the conformance
 * classpath, and supertypes are matched by simple name, so the base class is a stand-in below.
 * Every order draft saved stays in the resource.
 */
public class ApplicationRegistersResourceInstance extends Application<Object> {

  @Override
  public void run(Object configuration, Environment environment) {
    environment.register(new DraftResource());
  }
}

class DraftResource {

  private final Map<String, Object> drafts = new HashMap<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=high

  public synchronized Object save(String orderId, Object draft) {
    return drafts.put(orderId, draft); // growth
  }
}

abstract class Application<T> {
  public abstract void run(T configuration, Environment environment);
}

class Environment {
  void register(Object resource) {}
}
