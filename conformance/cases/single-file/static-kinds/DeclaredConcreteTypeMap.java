package conformance.statickinds;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The initializer is a factory call, so the collection kind is judged from the declared type,
 * which is itself a concrete mutable class (ConcurrentHashMap); every new client id adds a rate
 * counter.
 */
public final class DeclaredConcreteTypeMap {

  private static final ConcurrentHashMap<String, Long> REQUESTS_BY_CLIENT = newCounterMap(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private DeclaredConcreteTypeMap() {}

  private static ConcurrentHashMap<String, Long> newCounterMap() {
    return new ConcurrentHashMap<>(64);
  }

  public static void countRequest(String clientId) {
    REQUESTS_BY_CLIENT.merge(clientId, 1L, Long::sum); // growth
  }
}
