package conformance.confidence;

import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A cache of what is loaded by name (a class found on the class path and instantiated): a name
 * that does not exist fails before the put, so only the deployment's classes are stored: normal.
 * The same cache filled with a value built from the name itself stores every name asked for: high.
 */
public final class LoadedByNameNormal {

  private static final Map<String, Object> PLUGINS = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal
  private static final Map<String, String> LABELS = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private LoadedByNameNormal() {}

  public static Object plugin(String key) throws ReflectiveOperationException {
    Object plugin = PLUGINS.get(key);
    if (plugin == null) {
      Class<?> type = Class.forName(key);
      try {
        plugin = type.getDeclaredConstructor().newInstance();
      } catch (InvocationTargetException e) {
        throw new IllegalStateException(e);
      }
      PLUGINS.put(key, plugin); // growth
    }
    return plugin;
  }

  public static String label(String text) {
    String label = "[" + text + "]";
    LABELS.put(text, label); // growth
    return label;
  }
}
