package conformance.growth;

import java.util.HashMap;
import java.util.Map;

/**
 * A String's own {@code intern()} on a value read from the map adds nothing to the map: only an
 * interner's {@code intern(value)} on the holder itself grows it.
 */
public final class ElementStringInternIsNoGrowth {

  private static final Map<String, String> ALIASES = new HashMap<>(); // expect: none

  static {
    ALIASES.put("utf8", "UTF-8");
    ALIASES.put("latin1", "ISO-8859-1");
  }

  private ElementStringInternIsNoGrowth() {}

  public static String canonical(String alias) {
    String name = ALIASES.get(alias);
    return name == null ? alias : ALIASES.get(alias).intern();
  }
}
