package conformance.crossfile.unreachablegrowth;

import java.util.ArrayList;
import java.util.List;

/**
 * A public class: its public methods are an API that callers elsewhere use (high), except one
 * marked {@code @VisibleForTesting} that no production code calls: only tests grow the list there.
 */
public final class Samples {

  private static final List<String> INJECTED = new ArrayList<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal
  private static final List<String> TAKEN = new ArrayList<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private Samples() {}

  @VisibleForTesting
  public static void inject(String sample) {
    INJECTED.add(sample); // growth
  }

  public static void take(String sample) {
    TAKEN.add(sample); // growth
  }

  public static int count() {
    return INJECTED.size() + TAKEN.size();
  }
}
