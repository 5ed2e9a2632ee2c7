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
 * test handed over ({@link LeakWatch#instance}), the constants of an enum, instances held in
 * static fields of the class or of a nested holder class (when that class is initialized; it is
 * never initialized by this probe), and, for an object that lives as part of an owner, the objects
 * at the end of its {@link OwnerPath}. Sizes of several instances are added up. A holder whose
 * value is one of the project's own containers is sized by the container's field that grows.
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
  /** The way to the instances through their owner, or null. */
  private final OwnerPath ownerPath;
  private final LiveInstances instances = new LiveInstances();
  private final InstanceFields instanceFields = new InstanceFields();

  private HolderProbe(WatchedHolder holder, Class<?> type, Field field, String unresolved, OwnerPath ownerPath) {
    this.holder = holder;
    this.type = type;
    this.field = field;
    this.unresolved = unresolved;
    this.ownerPath = ownerPath;
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

  /** Finds the class (loaded, never initialized), the field, made accessible, and the owner path's root. */
  static HolderProbe locate(WatchedHolder holder, ClassLoader loader) {
    Class<?> type = loadClass(holder.declaringClass(), loader);
    if (type == null) {
      return new HolderProbe(holder, null, null, "class '" + holder.declaringClass() + "' is not on the test's class path:"
          + " never loaded by the workload", null);
    }
    Field field;
    try {
      field = type.getDeclaredField(holder.field());
    } catch (NoSuchFieldException e) {
      return new HolderProbe(holder, type, null, "class '" + type.getName() + "' has no field '" + holder.field()
          + "' (is the report older than the classes?)", null);
    }
    try {
      field.setAccessible(true);
    } catch (InaccessibleObjectException e) {
      return new HolderProbe(holder, type, null, "not open to reflection: run the tests with --add-opens "
          + type.getModule().getName() + "/" + type.getPackageName() + "=ALL-UNNAMED", null);
    }
    boolean owned = !holder.ownerPath().isEmpty() && !Modifier.isStatic(field.getModifiers());
    return new HolderProbe(holder, type, field, null, owned ? OwnerPath.resolve(holder.ownerPath(), loader) : null);
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
        Map<Object, Boolean> owners = new IdentityHashMap<>();
        String unreachable;
        try {
          instances.addAll(type, init, handedOver, owners);
          unreachable = ownerPath == null ? null : ownerPath.walk(init, instances, instanceFields, handedOver, owners);
        } catch (RuntimeException e) {
          return new Reading(0, Status.UNREADABLE, "looking up an instance of '" + type.getName() + "' failed: " + e);
        }
        if (owners.isEmpty()) {
          return new Reading(0, Status.NO_INSTANCE, noInstance(unreachable));
        }
        for (Object o : owners.keySet()) {
          if (type.isInstance(o)) {
            values.add(field.get(o));
          }
        }
      }
      if (holder.containerField() != null) {
        values = wrapped(values);
      }
    } catch (IllegalAccessException e) {
      return new Reading(0, Status.UNREADABLE, "cannot read: " + e.getMessage());
    } catch (InstanceFields.MissingField e) {
      return new Reading(0, Status.UNSIZABLE, e.getMessage());
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

  /** What a project container holds: its field that grows, read from each container. */
  private List<Object> wrapped(List<Object> containers) throws IllegalAccessException {
    List<Object> out = new ArrayList<>(containers.size());
    for (Object c : containers) {
      out.add(c == null ? null : instanceFields.read(c, holder.containerField()));
    }
    return out;
  }

  private String noInstance(String unreachable) {
    String hint = "hand one over with LeakWatch.instance(" + type.getSimpleName() + ".class, () -> ...)";
    if (ownerPath == null) {
      return "no instance of '" + type.getName() + "' found: " + hint;
    }
    return "no instance of '" + type.getName() + "' reached through its owner (" + ownerPath.text() + ")"
        + (unreachable == null ? "" : ": " + unreachable) + "; " + hint;
  }
}
