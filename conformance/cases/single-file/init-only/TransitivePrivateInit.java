package conformance.initonly;

import java.util.ArrayList;
import java.util.List;

/**
 * Initialisation is followed transitively: the static initializer calls {@code loadBuiltIns},
 * which calls {@code addRule}; both are private and reached only from there.
 */
public final class TransitivePrivateInit {

  private static final List<String> VALIDATION_RULES = new ArrayList<>(); // expect: none

  static {
    loadBuiltIns();
  }

  private TransitivePrivateInit() {}

  private static void loadBuiltIns() {
    addRule("not-null");
    addRule("max-length:255");
    addRule("no-control-characters");
  }

  private static void addRule(String rule) {
    VALIDATION_RULES.add(rule);
  }

  public static List<String> rules() {
    return List.copyOf(VALIDATION_RULES);
  }
}
