package conformance.singletons;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.inject.Singleton;

/**
 * A class annotated {@code @javax.inject.Singleton} has one instance per injector; its per-client
 * counters gain an entry for every new client id and are never reset.
 */
@Singleton
public class JavaxSingletonRateLimiter {

  private final Map<String, AtomicInteger> callsByClient = new ConcurrentHashMap<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=high

  public boolean tryAcquire(String clientId) {
    return callsByClient.computeIfAbsent(clientId, id -> new AtomicInteger()).incrementAndGet() < 1000; // growth
  }
}
