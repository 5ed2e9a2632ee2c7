package conformance.crossfile.evictioncalledinpackage;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The package-private reset is called by another class of the package when templates reload. */
public final class TemplateCache {

  private static final Map<String, String> TEMPLATES = new ConcurrentHashMap<>(); // expect: none

  private TemplateCache() {}

  public static String template(String name) {
    return TEMPLATES.computeIfAbsent(name, n -> "<" + n + ">");
  }

  static void clearAll() {
    TEMPLATES.clear();
  }
}
