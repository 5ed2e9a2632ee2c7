package conformance.confidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Configuration, not traffic: configurers handed over while the application starts
 * ({@code addConfigurers}), a schema cached per class-path resource name, and a resolver shared
 * per configuration (a key made of the configuration maps). Each is normal, with the bound asked
 * for. A list of request paths stays high.
 */
public final class ConfigurationRolesNormal {

  /** Something that configures the application. */
  public interface Configurer {
    void configure(Map<String, String> settings);
  }

  private record ResolverKey(Map<String, ?> configs, Map<String, String> moduleOptions) {
    ResolverKey {
      Objects.requireNonNull(configs);
    }
  }

  private static final List<Configurer> CONFIGURERS = new ArrayList<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal
  private static final Map<String, Object> SCHEMAS = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal
  private static final Map<ResolverKey, Object> RESOLVERS = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal
  private static final List<String> REQUEST_PATHS = new ArrayList<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private ConfigurationRolesNormal() {}

  public static synchronized void addConfigurers(List<Configurer> configurers) {
    CONFIGURERS.addAll(configurers); // growth
  }

  public static Object schema(String schemaResource) {
    return SCHEMAS.computeIfAbsent(schemaResource, r -> new Object()); // growth
  }

  public static Object resolver(Map<String, ?> configs, Map<String, String> moduleOptions) {
    ResolverKey key = new ResolverKey(configs, moduleOptions);
    return RESOLVERS.computeIfAbsent(key, k -> new Object()); // growth
  }

  public static synchronized void served(String requestPath) {
    REQUEST_PATHS.add(requestPath); // growth
  }
}
