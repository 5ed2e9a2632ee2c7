// options: requireGrowthEvidence=false
package conformance.strict;

import com.google.common.collect.ImmutableSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** Immutable and bounded collections are never flagged, strict mode included. */
public final class StrictImmutable {

  public static final Set<String> ALLOWED_ORIGINS = Set.of("https://shop.example", "https://admin.example"); // expect: none

  public static final Set<String> SAFE_METHODS = ImmutableSet.of("GET", "HEAD", "OPTIONS"); // expect: none

  public static final Map<String, String> NO_OVERRIDES = Collections.emptyMap(); // expect: none

  private static final Map<TimeUnit, String> SUFFIXES = new EnumMap<>(TimeUnit.class); // expect: none

  private StrictImmutable() {}

  public static String suffix(TimeUnit unit) {
    return SUFFIXES.getOrDefault(unit, unit.name().toLowerCase());
  }
}
