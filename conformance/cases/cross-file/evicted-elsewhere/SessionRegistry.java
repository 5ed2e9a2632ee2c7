package conformance.crossfile.evictedelsewhere;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Grown by {@code LoginHandler} and evicted by {@code LogoutHandler}, both in other files: the
 * eviction evidence clears the holder.
 */
public final class SessionRegistry {

  public static final Map<String, String> ACTIVE = new ConcurrentHashMap<>(); // expect: none

  private SessionRegistry() {}
}
