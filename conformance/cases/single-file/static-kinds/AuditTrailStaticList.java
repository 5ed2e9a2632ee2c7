package conformance.statickinds;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain static field is a holder: the audit list lives as long as the class, every call of the
 * public {@code record} method appends to it and nothing ever removes from it.
 */
public final class AuditTrailStaticList {

  private static final List<String> EVENTS = new ArrayList<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private AuditTrailStaticList() {}

  public static void record(String user, String action) {
    synchronized (EVENTS) {
      EVENTS.add(Instant.now() + " " + user + " " + action); // growth
    }
  }

  public static int count() {
    synchronized (EVENTS) {
      return EVENTS.size();
    }
  }
}
