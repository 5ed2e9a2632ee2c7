package conformance.crossfile.staticonlyinstancesnegative;

/** Two long-lived counters in static fields. */
public final class Endpoints {

  static final RequestCounter API = new RequestCounter();
  static final RequestCounter STATIC_ASSETS = new RequestCounter();

  private Endpoints() {}

  public static void served(String path) {
    if (path.startsWith("/api/")) {
      API.hit(path);
    } else {
      STATIC_ASSETS.hit(path);
    }
  }
}
