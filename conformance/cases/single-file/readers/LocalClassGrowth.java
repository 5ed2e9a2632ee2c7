package conformance.readers;

import java.util.ArrayList;
import java.util.List;

/** A local class declared in a method grows the static list when its method runs. */
public final class LocalClassGrowth {

  private static final List<String> NOTES = new ArrayList<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private LocalClassGrowth() {}

  public static Runnable noter(String prefix) {
    class Noter implements Runnable {
      @Override
      public void run() {
        NOTES.add(prefix + System.nanoTime()); // growth
      }
    }
    return new Noter();
  }
}
