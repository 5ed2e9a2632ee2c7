package conformance.crossfile.staticinitelsewhere;

/** Registers the built-in MIME types once, when this class is initialised. */
public final class DefaultMimeTypes {

  static {
    MimeTypes.BY_EXTENSION.put("html", "text/html");
    MimeTypes.BY_EXTENSION.put("css", "text/css");
    MimeTypes.BY_EXTENSION.put("js", "text/javascript");
    MimeTypes.BY_EXTENSION.put("png", "image/png");
  }

  private DefaultMimeTypes() {}

  public static void ensureLoaded() {
    // referencing the class runs its static initializer
  }
}
