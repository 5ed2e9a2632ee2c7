package conformance.singletons;

import java.util.ArrayList;
import java.util.List;

/**
 * Guice's {@code @Singleton}. com.google.inject is not on the conformance classpath, and singleton
 * annotations are matched by simple name, so this file declares a same-named stand-in below. The
 * search history grows with every query.
 */
@Singleton
public class GuiceSingletonSearchHistory {

  private final List<String> queries = new ArrayList<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=high

  public synchronized void remember(String query) {
    queries.add(query); // growth
  }

  public synchronized List<String> recent() {
    return List.copyOf(queries);
  }
}

/** Stand-in for com.google.inject.Singleton (same simple name, same meaning). */
@interface Singleton {}
