package conformance.confidence;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Keys typed Method come from the code base: a finite domain, normal confidence. */
public final class MethodKeyNormal {

  private static final Map<Method, Boolean> ACCESSIBLE = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal

  private MethodKeyNormal() {}

  public static boolean canCall(Method m) {
    return ACCESSIBLE.computeIfAbsent(m, x -> x.trySetAccessible()); // growth
  }
}
