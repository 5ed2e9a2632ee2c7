package dev.leakguard.junit;

import java.lang.reflect.Field;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An instance field looked up by name on an object's run-time class or its superclasses, made
 * accessible, remembered per class: how an owner path and a project container's field are read.
 */
final class InstanceFields {
  private final Map<Class<?>, Map<String, Optional<Field>>> byClass = new HashMap<>();

  /** The named field of {@code type}, or null when it has none. */
  Field find(Class<?> type, String name) {
    return byClass.computeIfAbsent(type, k -> new HashMap<>())
        .computeIfAbsent(name, n -> Optional.ofNullable(lookUp(type, n)))
        .orElse(null);
  }

  /** Reads the named field of {@code target}; throws {@link MissingField} when its class has none. */
  Object read(Object target, String name) throws IllegalAccessException {
    Field f = find(target.getClass(), name);
    if (f == null) {
      throw new MissingField("a '" + target.getClass().getName() + "' has no field '" + name
          + "' (is the report older than the classes?)");
    }
    return f.get(target);
  }

  private static Field lookUp(Class<?> type, String name) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (f.getName().equals(name) && !Modifier.isStatic(f.getModifiers())) {
          try {
            f.setAccessible(true);
          } catch (InaccessibleObjectException e) {
            throw new MissingField("not open to reflection: run the tests with --add-opens "
                + c.getModule().getName() + "/" + c.getPackageName() + "=ALL-UNNAMED");
          }
          return f;
        }
      }
    }
    return null;
  }

  /** A field a report names cannot be read on the object found at run time. */
  static final class MissingField extends RuntimeException {
    MissingField(String message) {
      super(message);
    }
  }
}
