package conformance.readers;

import java.util.ArrayList;
import java.util.List;

/** A local that stops referring to the holder before the add does not grow it. */
public final class AliasRebindBeforeGrowth {

  private static final List<String> DEFAULTS = new ArrayList<>(List.of("a", "b")); // expect: none

  private AliasRebindBeforeGrowth() {}

  public static List<String> withExtra(String extra) {
    List<String> result = DEFAULTS;
    result = new ArrayList<>(result);
    result.add(extra);
    return result;
  }
}
