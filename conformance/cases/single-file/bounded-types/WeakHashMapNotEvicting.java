// options: weakCollectionsEvict=false
package conformance.boundedtypes;

import java.util.Map;
import java.util.WeakHashMap;

/**
 * With weakCollectionsEvict=false a WeakHashMap is treated like any other unbounded map: weak is
 * not bounded (a value that references its key is never collected).
 */
public final class WeakHashMapNotEvicting {

  private static final Map<ClassLoader, String> PLUGIN_NAMES = new WeakHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private WeakHashMapNotEvicting() {}

  public static synchronized void loaded(ClassLoader loader, String pluginName) {
    PLUGIN_NAMES.put(loader, pluginName); // growth
  }
}
