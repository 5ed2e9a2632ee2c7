package conformance.crossfile.publicgetter;

/** Registers a handler per webhook subscription received over HTTP. */
public class WebhookEndpoint {

  public void subscribe(String callbackUrl) {
    synchronized (HandlerRegistry.services()) {
      HandlerRegistry.services().put(callbackUrl, () -> System.out.println("POST " + callbackUrl)); // growth
    }
  }
}
