package conformance.caches;

import com.google.common.collect.MapMaker;
import java.util.concurrent.ConcurrentMap;

/** Guava {@code new MapMaker().weakKeys().makeMap()} drops entries whose keys are collected. */
public final class GuavaMapMakerWeakKeys {

  private static final ConcurrentMap<Thread, String> THREAD_TAGS = new MapMaker().weakKeys().makeMap(); // expect: none

  private GuavaMapMakerWeakKeys() {}

  public static void tag(Thread thread, String tag) {
    THREAD_TAGS.put(thread, tag);
  }
}
