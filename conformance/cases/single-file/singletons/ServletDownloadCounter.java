package conformance.singletons;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The container creates one instance per servlet declaration, so a servlet's instance fields are
 * singleton holders; the download counter gains an entry for every distinct file name requested.
 */
public class ServletDownloadCounter extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private final Map<String, Integer> downloadsByFile = new HashMap<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=high

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String file = request.getParameter("file");
    synchronized (downloadsByFile) {
      downloadsByFile.merge(file, 1, Integer::sum); // growth
    }
    response.getWriter().println("ok");
  }
}
