package conformance.growth;

import java.util.ArrayList;
import java.util.List;

/**
 * Growth through a local alias: {@code target} refers to the static list, so adding to it grows
 * the holder. The alias assignment itself is not a growth site.
 */
public final class LocalAliasGrowth {

  private static final List<String> ERROR_REPORTS = new ArrayList<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private LocalAliasGrowth() {}

  public static synchronized void report(String stackTrace) {
    List<String> target = ERROR_REPORTS;
    target.add(stackTrace); // growth
  }
}
