package conformance.confidence;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A registration: the listener object itself, added by an add*Listener method. Normal confidence. */
public final class ListenerRegistrationNormal {

  private static final List<Runnable> SHUTDOWN_LISTENERS = new CopyOnWriteArrayList<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal

  private ListenerRegistrationNormal() {}

  public static void addShutdownListener(Runnable listener) {
    SHUTDOWN_LISTENERS.add(listener); // growth
  }
}
