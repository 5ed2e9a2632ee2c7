package conformance.crossfile.servletinitchain;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;

/**
 * A framework's base servlet: the container calls {@code init()} once, at start-up, and it hands
 * over to a template method its subclasses override.
 */
public abstract class ConfiguredServlet extends HttpServlet {

  @Override
  public final void init() throws ServletException {
    initServletState();
  }

  /** Subclasses set themselves up here; runs once, from {@link #init()}. */
  protected void initServletState() throws ServletException {}
}
