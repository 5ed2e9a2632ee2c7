package conformance.crossfile.qualifiedput;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A public static map grown in another class's public method via
 * {@code ServiceRegistry.SERVICES.put(..)}; the key is that method's parameter, so the confidence is
 * high.
 */
public final class ServiceRegistry {

  public record Endpoint(String host, int port) {}

  public static final Map<String, Endpoint> SERVICES = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private ServiceRegistry() {}

  public static Endpoint lookup(String serviceName) {
    return SERVICES.get(serviceName);
  }
}
