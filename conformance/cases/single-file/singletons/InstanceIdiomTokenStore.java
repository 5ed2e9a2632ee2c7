package conformance.singletons;

import java.util.HashSet;
import java.util.Set;

/**
 * The INSTANCE idiom: only a private constructor and a static final field of the class's own type
 * initialised with {@code new}. Its revoked-token set only ever grows.
 */
public final class InstanceIdiomTokenStore {

  public static final InstanceIdiomTokenStore INSTANCE = new InstanceIdiomTokenStore();

  private final Set<String> revokedTokens = new HashSet<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=high

  private InstanceIdiomTokenStore() {}

  public synchronized void revoke(String token) {
    revokedTokens.add(token); // growth
  }

  public synchronized boolean isRevoked(String token) {
    return revokedTokens.contains(token);
  }
}
