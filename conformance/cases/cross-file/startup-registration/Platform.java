package conformance.crossfile.startupregistration;

/** The one platform instance: its constructor sets up a codec from its configuration. */
public enum Platform {
  INSTANCE;

  Platform() {
    String configured = System.getProperty("platform.codec", "binary");
    Codecs.add(configured, new Object());
  }
}
