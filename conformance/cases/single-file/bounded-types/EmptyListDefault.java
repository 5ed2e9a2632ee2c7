// options: requireGrowthEvidence=false
package conformance.boundedtypes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * {@code Collections.emptyList()} and {@code Collections.unmodifiableList(..)} are immutable: the
 * field only ever holds read-only lists, so strict mode does not flag it.
 */
public final class EmptyListDefault {

  private static volatile List<String> maintenanceBanners = Collections.emptyList(); // expect: none

  private EmptyListDefault() {}

  public static void publish(Collection<String> banners) {
    maintenanceBanners = Collections.unmodifiableList(new ArrayList<>(banners));
  }

  public static List<String> banners() {
    return maintenanceBanners;
  }
}
