package conformance.singletons;

import java.util.HashMap;
import java.util.Map;

/**
 * A collection inside a helper object that a singleton owns: the helper is created only while the
 * singleton is constructed, so it lives as long as the singleton (OwnedHelperObject.INSTANCE →
 * keyLocks → byKey), and every key a caller asks for stays.
 */
public final class OwnedHelperObject {

  static final OwnedHelperObject INSTANCE = new OwnedHelperObject();

  private final KeyLocks keyLocks = new KeyLocks();

  private OwnedHelperObject() {}

  public Object lockFor(String key) {
    return keyLocks.lockFor(key);
  }

  static final class KeyLocks {
    private final Map<String, Object> byKey = new HashMap<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=high

    synchronized Object lockFor(String key) {
      return byKey.computeIfAbsent(key, k -> new Object()); // growth
    }
  }
}
