package conformance.suppression;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@code @SuppressWarnings("leakguard")} on the field suppresses every leakguard rule there. */
public final class SuppressLeakguardOnField {

  @SuppressWarnings("leakguard")
  private static final Map<String, String> MIGRATION_STATUS = new ConcurrentHashMap<>(); // expect: none

  private SuppressLeakguardOnField() {}

  public static void migrated(String table, String status) {
    MIGRATION_STATUS.put(table, status);
  }
}
