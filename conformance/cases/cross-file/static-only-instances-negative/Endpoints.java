package conformance.crossfile.staticonlyinstancesnegative;

/**
 * Two long-lived counters in static fields. RequestCounter is no singleton (ReportJob makes one
 * per run), but these two instances live as long as the class, and each counts every distinct
 * path it is given: they are holders of the project's own container, reported here.
 */
public final class Endpoints {

  static final RequestCounter API = new RequestCounter(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high
  static final RequestCounter STATIC_ASSETS = new RequestCounter(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private Endpoints() {}

  public static void served(String path) {
    if (path.startsWith("/api/")) {
      API.hit(path); // growth
    } else {
      STATIC_ASSETS.hit(path); // growth
    }
  }
}
