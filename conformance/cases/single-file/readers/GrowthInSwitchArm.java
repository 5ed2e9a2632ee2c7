package conformance.readers;

import java.util.ArrayList;
import java.util.List;

/** Growth inside a switch arm is growth like any other. */
public final class GrowthInSwitchArm {

  private static final List<String> WARNINGS = new ArrayList<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private GrowthInSwitchArm() {}

  public static synchronized void log(int level, String message) {
    switch (level) {
      case 1 -> WARNINGS.add(message); // growth
      default -> System.out.println(message);
    }
  }
}
