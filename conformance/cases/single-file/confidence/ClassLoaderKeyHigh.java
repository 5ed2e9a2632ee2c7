package conformance.confidence;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A map keyed by class loaders gains an entry for every loader it meets: each redeployment of a web
 * application, each plug-in, each script engine makes new ones, and the entry pins the loader and
 * every class it loaded. High confidence, whether the key comes from a call or a typed parameter.
 * The same map keyed by the class itself stays normal (a finite domain within one deployment).
 */
public final class ClassLoaderKeyHigh {

  private static final Map<ClassLoader, Object> SETTINGS_BY_LOADER = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high
  private static final Map<ClassLoader, String> LABELS = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high
  private static final Map<Class<?>, Object> SETTINGS_BY_TYPE = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal

  private ClassLoaderKeyHigh() {}

  public static Object settings() {
    return SETTINGS_BY_LOADER.computeIfAbsent(Thread.currentThread().getContextClassLoader(), loader -> new Object()); // growth
  }

  public static void label(ClassLoader loader, String label) {
    LABELS.put(loader, label); // growth
  }

  public static Object settingsFor(Class<?> type) {
    return SETTINGS_BY_TYPE.computeIfAbsent(type, t -> new Object()); // growth
  }
}
