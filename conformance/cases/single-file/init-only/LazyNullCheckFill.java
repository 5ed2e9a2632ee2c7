package conformance.initonly;

import java.util.HashMap;
import java.util.Map;

/**
 * Lazy one-time initialisation: the null check of the holder itself guards its creation and its
 * filling with constants, so the puts run once.
 */
public final class LazyNullCheckFill {

  private static Map<String, String> aliases; // expect: none

  private LazyNullCheckFill() {}

  public static synchronized String resolve(String name) {
    if (aliases == null) {
      aliases = new HashMap<>();
      aliases.put("pdf", "application/pdf");
      aliases.put("txt", "text/plain");
    }
    return aliases.getOrDefault(name, name);
  }
}
