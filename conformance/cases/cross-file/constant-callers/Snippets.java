package conformance.crossfile.constantcallers;

import java.util.HashMap;
import java.util.Map;

/**
 * The same static lookup, but one caller passes on what a request carries: input decides how many
 * entries there are (high).
 */
public final class Snippets {

  private static final Map<String, Object> PARSED = new HashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private Snippets() {}

  public static synchronized Object parse(String snippet) {
    return PARSED.computeIfAbsent(snippet, s -> new Object()); // growth
  }

  public static Object greeting() {
    return parse("Hello");
  }
}
