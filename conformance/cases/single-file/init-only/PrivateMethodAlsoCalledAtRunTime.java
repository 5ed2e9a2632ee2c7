package conformance.initonly;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code register} is called from the static initializer but also from the public
 * {@code registerPlugin}, so its {@code put} is run-time growth; the calls in the static
 * initializer are not growth lines.
 */
public final class PrivateMethodAlsoCalledAtRunTime {

  private static final Map<String, String> HANDLERS = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal

  static {
    register("json", "JsonHandler");
    register("xml", "XmlHandler");
  }

  private PrivateMethodAlsoCalledAtRunTime() {}

  private static void register(String format, String handlerClass) {
    HANDLERS.put(format, handlerClass); // growth
  }

  public static void registerPlugin(String format, String handlerClass) {
    register(format, handlerClass);
  }
}
