package conformance.initonly;

import java.util.ArrayList;
import java.util.List;

/**
 * A flag of each object (not of the class) guards the growth: it runs once per object, so the
 * static list still grows with every object.
 */
public final class PerObjectFlagIsNotOnce {

  private static final List<PerObjectFlagIsNotOnce> PENDING_CLOSE = new ArrayList<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal

  private boolean queued;

  private static synchronized void enqueue(PerObjectFlagIsNotOnce stream) {
    PENDING_CLOSE.add(stream); // growth
  }

  public void close() {
    if (!queued) {
      enqueue(this);
      queued = true;
    }
  }
}
