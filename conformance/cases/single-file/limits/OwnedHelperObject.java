package conformance.limits;

import java.util.HashMap;
import java.util.Map;

/**
 * Not yet seen: a collection inside a helper object that a singleton owns (its lifetime flows
 * through the field that holds it; ownership is planned).
 */
public final class OwnedHelperObject {

  static final OwnedHelperObject INSTANCE = new OwnedHelperObject();

  private final KeyLocks keyLocks = new KeyLocks();

  private OwnedHelperObject() {}

  public Object lockFor(String key) {
    return keyLocks.lockFor(key);
  }

  static final class KeyLocks {
    private final Map<String, Object> byKey = new HashMap<>(); // desire: UnboundedSingletonCollection

    synchronized Object lockFor(String key) {
      return byKey.computeIfAbsent(key, k -> new Object());
    }
  }
}
