package conformance.readers;

import static conformance.readers.StaticImportedGetter.subscribers;

import java.util.ArrayList;
import java.util.List;

/** A getter called through a static import of its own class (a subscription: normal confidence). */
public final class StaticImportedGetter {

  private static final List<Runnable> SUBSCRIBERS = new ArrayList<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal

  private StaticImportedGetter() {}

  static List<Runnable> subscribers() {
    return SUBSCRIBERS;
  }

  static final class Bus {
    private Bus() {}

    public static void subscribe(Runnable r) {
      subscribers().add(r); // growth
    }
  }
}
