package conformance.crossfile.interfacefieldelsewhere;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An interface constant (implicitly public static final) grown from another file. */
public interface AlertListeners {

  List<AlertListeners> ALL = new CopyOnWriteArrayList<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  void onAlert(String message);
}
