package conformance.confidence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Keys are class names of checks written into the code, not input: normal confidence.
 */
public final class ClassNameKeysNormal {

  static final class DiskSpaceCheck {
    static boolean healthy() {
      return true;
    }
  }

  static final class DatabaseCheck {
    static boolean healthy() {
      return true;
    }
  }

  private static final Map<String, BooleanSupplier> HEALTH_CHECKS = new LinkedHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal

  private ClassNameKeysNormal() {}

  public static synchronized void installBuiltInChecks() {
    HEALTH_CHECKS.put(DiskSpaceCheck.class.getSimpleName(), DiskSpaceCheck::healthy); // growth
    HEALTH_CHECKS.put(DatabaseCheck.class.getSimpleName(), DatabaseCheck::healthy); // growth
  }

  public static synchronized boolean allHealthy() {
    return HEALTH_CHECKS.values().stream().allMatch(BooleanSupplier::getAsBoolean);
  }
}
