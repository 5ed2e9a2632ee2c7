package conformance.crossfile.publicgetter;

import java.util.HashMap;
import java.util.Map;

/**
 * A private map handed out by the public {@code services()} method; another file grows it through
 * {@code HandlerRegistry.services().put(..)}.
 */
public final class HandlerRegistry {

  private static final Map<String, Runnable> SERVICES = new HashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal

  private HandlerRegistry() {}

  public static Map<String, Runnable> services() {
    return SERVICES;
  }
}
