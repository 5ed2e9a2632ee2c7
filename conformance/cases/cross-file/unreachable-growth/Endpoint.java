package conformance.crossfile.unreachablegrowth;

/** Serves requests: records each path. */
public final class Endpoint {

  public String handle(String path) {
    AccessLog.record(path);
    return "ok";
  }
}
