package conformance.singletons;

import java.util.ArrayList;
import java.util.List;

/**
 * A JAX-RS provider (a request filter, an exception mapper) is made once per application. jakarta.ws.rs
 * is not on the conformance classpath, and singleton annotations are matched by simple name, so
 * this file declares a same-named stand-in below. Every filtered path is kept.
 */
@Provider
public class JaxRsProviderRequestLog {

  private final List<String> paths = new ArrayList<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=high

  public synchronized void filter(String path) {
    paths.add(path); // growth
  }
}

@interface Provider {}
