package conformance.boundedtypes;

import java.util.Map;
import java.util.WeakHashMap;

/**
 * A WeakHashMap counts as evicting by default (weakCollectionsEvict=true): entries go when their
 * class loader is collected.
 */
public final class WeakHashMapByDefault {

  private static final Map<ClassLoader, String> PLUGIN_NAMES = new WeakHashMap<>(); // expect: none

  private WeakHashMapByDefault() {}

  public static synchronized void loaded(ClassLoader loader, String pluginName) {
    PLUGIN_NAMES.put(loader, pluginName);
  }
}
