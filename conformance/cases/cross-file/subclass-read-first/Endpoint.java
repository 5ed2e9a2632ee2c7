package conformance.crossfile.subclassreadfirst;

/** Serves requests: records each path. */
public final class Endpoint {

  public String handle(String path) {
    PathLog.record(path);
    return "ok";
  }
}
