package conformance.limits;

import java.util.HashMap;
import java.util.Map;

/**
 * Known limit: the remove uses a different key than the put (a trimmed name against the raw one),
 * so it never removes anything; leakguard counts any remove as eviction.
 */
public final class RemoveKeyNeverMatches {

  private static final Map<String, Long> OPEN = new HashMap<>(); // desire: UnboundedStaticCollection

  private RemoveKeyNeverMatches() {}

  public static synchronized void open(String name) {
    OPEN.put(" " + name, System.nanoTime());
  }

  public static synchronized void close(String name) {
    OPEN.remove(name);
  }
}
