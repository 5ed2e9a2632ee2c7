package conformance.boundedtypes;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * {@code Collections.newSetFromMap(new WeakHashMap<>())} is a weak set: evicting by default.
 */
public final class WeakKeySetFromMap {

  private static final Set<Thread> INSTRUMENTED_THREADS = Collections.newSetFromMap(new WeakHashMap<>()); // expect: none

  private WeakKeySetFromMap() {}

  public static synchronized void instrument(Thread thread) {
    INSTRUMENTED_THREADS.add(thread);
  }
}
