package conformance.initonly;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code loadDefaults} is private and only called from the static initializer, so the growth in it
 * is initialisation.
 */
public final class PrivateMethodFromStaticInit {

  private static final Map<String, Integer> DEFAULT_PORTS = new HashMap<>(); // expect: none

  static {
    loadDefaults();
  }

  private PrivateMethodFromStaticInit() {}

  private static void loadDefaults() {
    DEFAULT_PORTS.put("http", 80);
    DEFAULT_PORTS.put("https", 443);
    DEFAULT_PORTS.put("ftp", 21);
  }

  public static int port(String scheme) {
    return DEFAULT_PORTS.getOrDefault(scheme, -1);
  }
}
