package dev.leakguard.junit;

import java.lang.reflect.Field;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One watched holder located by reflection, read at every sample. A static field is read from
 * its class; an instance field of a singleton from every instance that can be reached: one the
 * test handed over ({@link LeakWatch#instance}), the constants of an enum, and instances held in
 * static fields of the class or of a nested holder class (when that class is initialized; it is
 * never initialized by this probe). Sizes of several instances are added up.
 */
final class HolderProbe {
  /** What one reading found. */
  enum Status { VALUE, NOT_INITIALIZED, NO_INSTANCE, UNREADABLE, UNSIZABLE }

  record Reading(long entries, Status status, String note) {
    static Reading value(long n) {
      return new Reading(n, Status.VALUE, null);
    }
  }

  private final WatchedHolder holder;
  private final Class<?> type;
  private final Field field;
  private final String unresolved;
  /** Where instances of a singleton may be held: the class and its nested classes, looked up once. */
  private List<Class<?>> places;
  private final Map<Class<?>, List<Field>> instanceFields = new java.util.HashMap<>();

  private HolderProbe(WatchedHolder holder, Class<?> type, Field field, String unresolved) {
    this.holder = holder;
    this.type = type;
    this.field = field;
    this.unresolved = unresolved;
  }

  WatchedHolder holder() {
    return holder;
  }

  /** Why it cannot be watched at all (class or field not found, not open to reflection), or null. */
  String unresolved() {
    return unresolved;
  }

  boolean isStatic() {
    return field != null && Modifier.isStatic(field.getModifiers());
  }

  Class<?> declaringClass() {
    return type;
  }

  /** Finds the class (loaded, never initialized) and the field, made accessible. */
  static HolderProbe locate(WatchedHolder holder, ClassLoader loader) {
    Class<?> type = loadClass(holder.declaringClass(), loader);
    if (type == null) {
      return new HolderProbe(holder, null, null, "class '" + holder.declaringClass() + "' is not on the test's class path:"
          + " never loaded by the workload");
    }
    Field field;
    try {
      field = type.getDeclaredField(holder.field());
    } catch (NoSuchFieldException e) {
      return new HolderProbe(holder, type, null, "class '" + type.getName() + "' has no field '" + holder.field()
          + "' (is the report older than the classes?)");
    }
    try {
      field.setAccessible(true);
    } catch (InaccessibleObjectException e) {
      return new HolderProbe(holder, type, null, "not open to reflection: run the tests with --add-opens "
          + type.getModule().getName() + "/" + type.getPackageName() + "=ALL-UNNAMED");
    }
    return new HolderProbe(holder, type, field, null);
  }

  /**
   * The class named by {@code qualified} (enclosing classes joined by dots), loaded without
   * initialization: {@code a.b.Outer.Inner} is tried as {@code a.b.Outer.Inner},
   * {@code a.b.Outer$Inner}, {@code a.b$Outer$Inner}, ...
   */
  static Class<?> loadClass(String qualified, ClassLoader loader) {
    String name = qualified;
    while (true) {
      try {
        return Class.forName(name, false, loader);
      } catch (ClassNotFoundException | LinkageError e) {
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
          return null;
        }
        name = name.substring(0, dot) + "$" + name.substring(dot + 1);
      }
    }
  }

  /** Reads the holder's size now; {@code init} says which classes ran their initializer. */
  Reading read(ClassInitialization init, List<Supplier<?>> handedOver) {
    if (!init.isInitialized(type)) {
      return new Reading(0, Status.NOT_INITIALIZED, "class '" + type.getName() + "' never initialized by the workload");
    }
    List<Object> values = new ArrayList<>();
    try {
      if (isStatic()) {
        values.add(field.get(null));
      } else {
        List<Object> owners;
        try {
          owners = owners(init, handedOver);
        } catch (RuntimeException e) {
          return new Reading(0, Status.UNREADABLE, "looking up an instance of '" + type.getName() + "' failed: " + e);
        }
        if (owners.isEmpty()) {
          return new Reading(0, Status.NO_INSTANCE, "no instance of '" + type.getName() + "' found: hand one over with"
              + " LeakWatch.instance(" + type.getSimpleName() + ".class, () -> ...)");
        }
        for (Object o : owners) {
          values.add(field.get(o));
        }
      }
    } catch (IllegalAccessException e) {
      return new Reading(0, Status.UNREADABLE, "cannot read: " + e.getMessage());
    }
    long total = 0;
    for (Object v : values) {
      if (v != null && !Sizes.sizable(v.getClass())) {
        return new Reading(0, Status.UNSIZABLE, "a '" + v.getClass().getName() + "' has no size leakguard can read"
            + " (Collection, Map, array, estimatedSize() or size())");
      }
      Sizes.Size s = Sizes.of(v);
      if (!s.readable()) {
        return new Reading(0, Status.UNREADABLE, s.problem());
      }
      total += s.entries();
    }
    return Reading.value(total);
  }

  /** The static fields of {@code place} that can hold an instance of the declaring class, made accessible. */
  private List<Field> staticFieldsOfOwnType(Class<?> place) {
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

  /** Every reachable instance of the declaring class, each once. */
  private List<Object> owners(ClassInitialization init, List<Supplier<?>> handedOver) throws IllegalAccessException {
    Map<Object, Boolean> found = new IdentityHashMap<>();
    for (Supplier<?> s : handedOver) {
      Object o = s.get();
      if (type.isInstance(o)) {
        found.put(o, true);
      }
    }
    if (type.isEnum()) {
      for (Object c : type.getEnumConstants()) {
        found.put(c, true);
      }
    }
    if (places == null) {
      places = new ArrayList<>();
      places.add(type);
      places.addAll(List.of(type.getDeclaredClasses()));
    }
    for (Class<?> place : places) {
      if (place != type && !init.isInitialized(place)) {
        continue; // a nested holder class the workload has not initialized holds no instance yet
      }
      for (Field f : instanceFields.computeIfAbsent(place, this::staticFieldsOfOwnType)) {
        Object o = f.get(null);
        if (o != null) {
          found.put(o, true);
        }
      }
    }
    return new ArrayList<>(found.keySet());
  }
}
