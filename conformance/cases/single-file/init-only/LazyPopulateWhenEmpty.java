package conformance.initonly;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;

/**
 * Populated once, lazily, when empty: the growth is guarded by an {@code isEmpty()} check, so it
 * runs only on the first call.
 */
public final class LazyPopulateWhenEmpty {
  public static final LazyPopulateWhenEmpty TOP = new LazyPopulateWhenEmpty();
  public static final LazyPopulateWhenEmpty BOTTOM = new LazyPopulateWhenEmpty();

  private static final Map<LazyPopulateWhenEmpty, String> NAMES = new HashMap<>(); // expect: none

  private LazyPopulateWhenEmpty() {}

  @Override
  public synchronized String toString() {
    if (NAMES.isEmpty()) {
      for (Field f : LazyPopulateWhenEmpty.class.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers()) && f.getType() == LazyPopulateWhenEmpty.class) {
          try {
            NAMES.put((LazyPopulateWhenEmpty) f.get(null), f.getName());
          } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
          }
        }
      }
    }
    return NAMES.get(this);
  }
}
