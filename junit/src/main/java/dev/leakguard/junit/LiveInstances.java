package dev.leakguard.junit;

import java.lang.reflect.Field;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The instances of a class that can be reached without running any of its code: one the test
 * handed over ({@link LeakWatch#instance}), the constants of an enum, and instances held in static
 * fields of the class or of a nested holder class. A class the workload has not initialized holds
 * nothing and is never initialized here (reading its constants or static fields would run its
 * initializer).
 */
final class LiveInstances {
  /** Where instances of a class may be held: the class and its nested classes, looked up once. */
  private final Map<Class<?>, List<Class<?>>> placesByType = new HashMap<>();
  /** Per class, per place: the static fields that can hold an instance of the class, made accessible. */
  private final Map<Class<?>, Map<Class<?>, List<Field>>> fieldsByType = new HashMap<>();

  /** Adds every reachable instance of {@code type} to {@code found} (an identity set). */
  void addAll(Class<?> type, ClassInitialization init, List<Supplier<?>> handedOver, Map<Object, Boolean> found)
      throws IllegalAccessException {
    for (Supplier<?> s : handedOver) {
      Object o = s.get();
      if (type.isInstance(o)) {
        found.put(o, true);
      }
    }
    if (!init.isInitialized(type)) {
      return;
    }
    if (type.isEnum()) {
      for (Object c : type.getEnumConstants()) {
        found.put(c, true);
      }
    }
    Map<Class<?>, List<Field>> fields = fieldsByType.computeIfAbsent(type, k -> new HashMap<>());
    for (Class<?> place : placesByType.computeIfAbsent(type, LiveInstances::places)) {
      if (place != type && !init.isInitialized(place)) {
        continue; // a nested holder class the workload has not initialized holds no instance yet
      }
      for (Field f : fields.computeIfAbsent(place, p -> staticFieldsOf(p, type))) {
        Object o = f.get(null);
        if (o != null) {
          found.put(o, true);
        }
      }
    }
  }

  private static List<Class<?>> places(Class<?> type) {
    List<Class<?>> out = new ArrayList<>();
    out.add(type);
    out.addAll(List.of(type.getDeclaredClasses()));
    return out;
  }

  /** The static fields of {@code place} that can hold an instance of {@code type}, made accessible. */
  private static List<Field> staticFieldsOf(Class<?> place, Class<?> type) {
    List<Field> out = new ArrayList<>();
    for (Field f : place.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && type.isAssignableFrom(f.getType()) && !f.isEnumConstant()) {
        try {
          f.setAccessible(true);
          out.add(f);
        } catch (InaccessibleObjectException e) {
          // not open to reflection: such an instance can still be handed over
        }
      }
    }
    return out;
  }
}
