package conformance.suppression;

import java.util.HashMap;
import java.util.Map;

/**
 * Suppression on any enclosing declaration counts: the field lives in a nested class, the
 * {@code @SuppressWarnings} is on the outer one.
 */
@SuppressWarnings({"unchecked", "UnboundedStaticCollection"})
public final class SuppressOnOuterClass {

  static final class Registry {
    static final Map<String, Object> BEANS = new HashMap<>(); // expect: none
  }

  private SuppressOnOuterClass() {}

  public static synchronized <T> T bean(String name, T fallback) {
    return (T) Registry.BEANS.computeIfAbsent(name, n -> fallback);
  }
}
