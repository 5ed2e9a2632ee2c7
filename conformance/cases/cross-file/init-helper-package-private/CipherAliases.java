package conformance.crossfile.inithelperpackageprivate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Filled once, the first time it is asked, through a package-private helper that only this file
 * calls (from the one-time initialisation): initialisation, not run-time growth.
 */
public final class CipherAliases {

  private static final Map<String, List<String>> ALIASES = new HashMap<>(); // expect: none
  private static boolean initialized;

  private CipherAliases() {}

  public static synchronized List<String> expand(String alias) {
    if (!initialized) {
      init();
      initialized = true;
    }
    return ALIASES.getOrDefault(alias, List.of(alias));
  }

  private static void init() {
    addAlias("HIGH", List.of("AES256", "CHACHA20"));
    addAlias("MEDIUM", List.of("AES128"));
  }

  static void addAlias(String alias, List<String> ciphers) {
    ALIASES.put(alias, ciphers);
  }
}
