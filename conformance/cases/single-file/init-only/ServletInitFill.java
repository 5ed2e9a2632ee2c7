package conformance.initonly;

import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

/** A servlet's init(ServletConfig) runs once, at start-up: filling its fields there is initialisation. */
public class ServletInitFill extends HttpServlet {

  private final List<String> allowedOrigins = new ArrayList<>(); // expect: none

  @Override
  public void init(ServletConfig config) throws ServletException {
    super.init(config);
    Enumeration<String> names = config.getInitParameterNames();
    while (names.hasMoreElements()) {
      allowedOrigins.add(config.getInitParameter(names.nextElement()));
    }
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    resp.getWriter().print(allowedOrigins.contains(req.getHeader("Origin")));
  }
}
