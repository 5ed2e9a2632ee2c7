package conformance.crossfile.staticonlyinstancesnegative;

import java.util.List;

/** Builds a short-lived counter per report run: a method-local instance. */
public class ReportJob {

  public long run(List<String> accessLogPaths) {
    RequestCounter scratch = new RequestCounter();
    accessLogPaths.forEach(scratch::hit);
    return scratch.total();
  }
}
