package conformance.crossfile.servletinitchain;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The servlet fills its list of initializers while it starts: its superclass's {@code init()}
 * calls the overridden template method, which reaches the growth through protected helpers that
 * no other file calls. Initialisation, not run time. The set grown per request is reported.
 */
public class FrontServlet extends ConfiguredServlet {

  private final List<String> initializerClasses = new ArrayList<>(); // expect: none
  private final Set<String> seenPaths = ConcurrentHashMap.newKeySet(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=high

  @Override
  protected final void initServletState() {
    configureContext(getInitParameter("contextInitializers"));
  }

  protected void configureContext(String names) {
    if (names != null) {
      applyInitializers(names);
    }
  }

  protected void applyInitializers(String names) {
    for (String name : names.split(",")) {
      initializerClasses.add(name.trim());
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) {
    remember(request.getRequestURI());
  }

  protected void remember(String path) {
    seenPaths.add(path); // growth
  }
}
