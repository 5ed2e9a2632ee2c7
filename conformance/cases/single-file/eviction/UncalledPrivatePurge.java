package conformance.eviction;

import java.util.ArrayList;
import java.util.List;

/**
 * The purge is private and nothing calls it (left over from a refactoring): it never runs, so it
 * is no eviction.
 */
public final class UncalledPrivatePurge {

  private static final List<String> AUDIT = new ArrayList<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private UncalledPrivatePurge() {}

  public static synchronized void record(String event) {
    AUDIT.add(event); // growth
  }

  @SuppressWarnings("unused")
  private static synchronized void purge() {
    AUDIT.clear();
  }
}
