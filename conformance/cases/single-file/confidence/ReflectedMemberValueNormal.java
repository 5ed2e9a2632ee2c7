package conformance.confidence;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A map from a name to the field found by that name stores only names some class declares (a
 * lookup of another name throws): finite per code base, normal confidence, even when the name is
 * a parameter. A map from a caller's name to a value the caller hands in stays high.
 */
public final class ReflectedMemberValueNormal {

  private static final Map<String, Field> FIELDS_BY_NAME = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal
  private static final Map<String, Object> VALUES_BY_NAME = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private ReflectedMemberValueNormal() {}

  public static Object read(Object target, String property) throws ReflectiveOperationException {
    Field found = FIELDS_BY_NAME.get(property);
    if (found == null) {
      found = lookUp(target.getClass(), property);
      FIELDS_BY_NAME.put(property, found); // growth
    }
    return found.get(target);
  }

  public static void remember(String property, Object value) {
    VALUES_BY_NAME.put(property, value); // growth
  }

  private static Field lookUp(Class<?> type, String property) throws NoSuchFieldException {
    Field f = type.getDeclaredField(property);
    f.setAccessible(true);
    return f;
  }
}
