package conformance.initonly;

import java.util.HashMap;
import java.util.Map;

/** Double-checked locking around a fill with constants: it runs once. */
public final class DoubleCheckedLockingFill {

  private static volatile Map<String, Integer> ports; // expect: none

  private DoubleCheckedLockingFill() {}

  public static int defaultPort(String scheme) {
    if (ports == null) {
      synchronized (DoubleCheckedLockingFill.class) {
        if (ports == null) {
          Map<String, Integer> m = new HashMap<>();
          m.put("http", 80);
          m.put("https", 443);
          ports = m;
        }
      }
    }
    return ports.getOrDefault(scheme, -1);
  }
}
