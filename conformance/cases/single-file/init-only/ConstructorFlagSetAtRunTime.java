package conformance.initonly;

import java.util.ArrayList;
import java.util.List;

/**
 * The same shape, but a run-time factory passes a flag it is given: callers decide whether each new
 * instance registers, so the registry grows at run time (reported).
 */
public final class ConstructorFlagSetAtRunTime {

  private static final List<ConstructorFlagSetAtRunTime> TRACKED = new ArrayList<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  public static final ConstructorFlagSetAtRunTime ROOT = new ConstructorFlagSetAtRunTime("root", true);

  private final String label;

  private ConstructorFlagSetAtRunTime(String label, boolean tracked) {
    this.label = label;
    if (tracked) {
      TRACKED.add(this); // growth
    }
  }

  public static ConstructorFlagSetAtRunTime create(String label, boolean tracked) {
    return new ConstructorFlagSetAtRunTime(label, tracked);
  }

  public String label() {
    return label;
  }
}
