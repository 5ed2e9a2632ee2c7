package conformance.singletons;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Base classes whose singleton subclasses are singletons by their supertype or by a constant
 * instance, not by a bean annotation: their fields are filled while the singleton is set up, and
 * the base class's other subclasses, made per use, grow their own. Only a subclass annotated as a
 * bean makes an inherited field a singleton's (InheritedByServiceBean). None is reported.
 */
public class InheritedByLibrarySingletonsNotCounted {

  private final List<String> initializerNames = new ArrayList<>(); // expect: none

  public void customize(String initializerName) {
    initializerNames.add(initializerName);
  }
}

class LoaderListener extends InheritedByLibrarySingletonsNotCounted implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    customize(event.getServletContext().getInitParameter("initializer"));
  }
}

abstract class CodeTable {

  private final Map<Integer, String> codeToName = new HashMap<>(); // expect: none

  protected void add(int code, String name) {
    codeToName.put(code, name);
  }
}

final class FixedCodeTable extends CodeTable {
  static final FixedCodeTable INSTANCE = new FixedCodeTable();

  private FixedCodeTable() {
    add(1, "one");
  }
}

class ParsedCodeTable extends CodeTable {

  void read(int code, String name) {
    add(code, name);
  }
}
