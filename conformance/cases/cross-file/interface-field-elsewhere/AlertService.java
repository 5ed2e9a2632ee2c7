package conformance.crossfile.interfacefieldelsewhere;

/** Every dashboard connection subscribes a listener; none is ever unsubscribed. */
public class AlertService {

  public void dashboardConnected(String dashboardId) {
    AlertListeners.ALL.add(message -> System.out.println(dashboardId + ": " + message)); // growth
  }

  public void raise(String message) {
    AlertListeners.ALL.forEach(listener -> listener.onAlert(message));
  }
}
