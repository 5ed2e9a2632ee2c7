package conformance.crossfile.singletongetterelsewhere;

/** Another file grows both singletons' collections through getters reached on their instances. */
public class RequestHandler {

  public void handle(String key, Object helper, Runnable onDone) {
    Locator.INSTANCE.services().put(key, helper); // growth
    Registry.getInstance().listeners().add(onDone); // growth
  }
}
