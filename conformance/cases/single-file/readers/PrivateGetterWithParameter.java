package conformance.readers;

import java.util.HashMap;
import java.util.Map;

/** A private getter that takes a parameter still returns the holder: growth through it counts. */
public final class PrivateGetterWithParameter {

  private static final Map<String, String> ROUTES = new HashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private PrivateGetterWithParameter() {}

  private static Map<String, String> routes(String reason) {
    return ROUTES;
  }

  public static synchronized void addRoute(String path, String target) {
    routes("add").put(path, target); // growth
  }
}
