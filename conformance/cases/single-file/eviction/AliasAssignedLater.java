package conformance.eviction;

import java.lang.ref.WeakReference;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The eviction goes through a local declared earlier and assigned from the holder's view later
 * ({@code values = LOGGERS.values(); values.remove(ref)}): the holder is evicted, so nothing is reported.
 */
public final class AliasAssignedLater {

  private static final Map<String, WeakReference<Object>> LOGGERS = new HashMap<>(); // expect: none

  private AliasAssignedLater() {}

  public static synchronized Object get(String name) {
    Collection<WeakReference<Object>> values;
    WeakReference<Object> ref = LOGGERS.get(name);
    if (ref == null || ref.get() == null) {
      ref = new WeakReference<>(new Object());
      LOGGERS.put(name, ref);
    }
    return ref.get();
  }

  public static synchronized void expunge() {
    Collection<WeakReference<Object>> values;
    values = LOGGERS.values();
    for (Iterator<WeakReference<Object>> it = values.iterator(); it.hasNext(); ) {
      if (it.next().get() == null) {
        it.remove();
      }
    }
  }
}
