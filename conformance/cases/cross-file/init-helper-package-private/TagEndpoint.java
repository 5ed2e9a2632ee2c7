package conformance.crossfile.inithelperpackageprivate;

/** Tags every request with what the client sends. */
public final class TagEndpoint {

  public void handle(String clientTag) {
    TagRegistry.addTag(clientTag);
  }
}
