package conformance.confidence;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashSet;
import java.util.Set;

/**
 * A servlet stores a value read from the request: request data decides how many entries there
 * are, so the singleton finding has high confidence.
 */
public class SingletonRequestDataHigh extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private final Set<String> referrers = new HashSet<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=high

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) {
    synchronized (referrers) {
      referrers.add(request.getHeader("Referer")); // growth
    }
  }
}
