package conformance.confidence;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@code setDefault*} setter configures ({@code setDefaultEnabled(key, on)}): it is called while
 * things are set up, not per request, so its growth is normal and the finding asks for the bound.
 * The same put in a method that records what each call sees is high, and so is a static setter
 * that only calls itself one ({@code setLastHost}: it adds per call).
 */
public final class ConfigurationSetterNormal {

  private static final Map<String, Boolean> DEFAULTS = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal
  private static final Map<String, Boolean> SEEN = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high
  private static final java.util.Set<String> HOSTS = ConcurrentHashMap.newKeySet(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private ConfigurationSetterNormal() {}

  public static void setDefaultEnabled(String key, boolean on) {
    DEFAULTS.put(key, on); // growth
  }

  public static void recordSeen(String key, boolean on) {
    SEEN.put(key, on); // growth
  }

  public static void setLastHost(String host) {
    HOSTS.add(host); // growth
  }

  public static boolean enabled(String key) {
    return DEFAULTS.getOrDefault(key, SEEN.getOrDefault(key, false));
  }
}
