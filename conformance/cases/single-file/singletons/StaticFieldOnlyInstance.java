package conformance.singletons;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code TemplateRegistry} is instantiated only in a static field initializer, so its one instance
 * lives as long as the class; its compiled-template map grows with every template name rendered.
 */
public final class StaticFieldOnlyInstance {

  static final TemplateRegistry TEMPLATES = new TemplateRegistry();

  public static String render(String templateName, String body) {
    return TEMPLATES.compile(templateName).replace("{body}", body);
  }

  static final class TemplateRegistry {
    private final Map<String, String> compiled = new HashMap<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=normal

    synchronized String compile(String name) {
      return compiled.computeIfAbsent(name, n -> "<" + n + ">{body}</" + n + ">"); // growth
    }
  }
}
