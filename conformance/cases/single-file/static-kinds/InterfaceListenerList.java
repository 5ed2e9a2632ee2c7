package conformance.statickinds;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Interface fields are implicitly public static final, so {@code ALL} is a static holder; the
 * event bus below subscribes a listener on every call and never unsubscribes.
 */
public interface InterfaceListenerList {

  List<Runnable> ALL = new CopyOnWriteArrayList<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal

  void onOrderPlaced(String orderId);
}

final class OrderEventBus {

  void subscribe(Runnable listener) {
    InterfaceListenerList.ALL.add(listener); // growth
  }

  void publish() {
    for (Runnable listener : InterfaceListenerList.ALL) {
      listener.run();
    }
  }
}
