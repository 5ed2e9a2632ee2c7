package conformance.confidence;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A key typed as configuration (a class named ...Config, ...Configuration, ...Settings or ...Spec):
 * the endpoints a deployment is configured with, finite per deployment (normal). A key typed as
 * anything else that a public method is given is input (high).
 */
public final class ConfigurationTypedKeyNormal {

  private static final Map<EndpointSpec, Boolean> UP_BY_ENDPOINT = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal
  private static final Map<PoolConfig, Object> POOLS = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal
  private static final Map<Shipment, Boolean> DELIVERED = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private ConfigurationTypedKeyNormal() {}

  public static void reportStatus(EndpointSpec endpoint, boolean up) {
    UP_BY_ENDPOINT.put(endpoint, up); // growth
  }

  public static Object pool(PoolConfig config) {
    return POOLS.computeIfAbsent(config, c -> new Object()); // growth
  }

  public static void delivered(Shipment shipment) {
    DELIVERED.put(shipment, Boolean.TRUE); // growth
  }

  /** Where a deployment's endpoints are: host and port, from its configuration. */
  public record EndpointSpec(String host, int port) {}

  /** A connection pool's configuration. */
  public record PoolConfig(String url, int maxSize) {}

  /** A shipment: data, one per order. */
  public record Shipment(String trackingNumber) {}
}
