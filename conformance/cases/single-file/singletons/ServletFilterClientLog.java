package conformance.singletons;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The container creates one instance per filter declaration and keeps it for the application's
 * life, like a servlet: a filter's instance fields are singleton holders. This one keeps the
 * address of every request it sees. Its bean-property setters are how its init parameters are set
 * (by the container, or by its base class's init), once, while it initialises: what they add is
 * configuration.
 */
public class ServletFilterClientLog implements Filter {

  private final List<String> clients = new ArrayList<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=high
  private final List<String> excludedPaths = new ArrayList<>(); // expect: none

  public void setExcludedPaths(String commaSeparated) {
    for (String path : commaSeparated.split(",")) {
      excludedPaths.add(path.trim());
    }
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (excludedPaths.contains(request.getRemoteAddr())) {
      chain.doFilter(request, response);
      return;
    }
    synchronized (clients) {
      clients.add(request.getRemoteAddr()); // growth
    }
    chain.doFilter(request, response);
  }
}
