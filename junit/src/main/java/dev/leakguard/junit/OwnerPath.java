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
 * The way to an object that lives as part of a long-lived owner, as leakguard reports it
 * ({@code [pkg.Registry.INSTANCE, keyLocks]}): the first step is a static field, or a singleton
 * class whose instances are found as {@link LiveInstances} finds them; each later step is an
 * instance field of the object the previous step reached. Walked at every sample, so an owner
 * made late is found once it exists.
 */
final class OwnerPath {
  private final List<String> steps;
  private final Class<?> rootClass;
  /** The root's static field, or null when the root is a singleton class. */
  private final Field rootField;
  /** Why it cannot be walked (root not found, not open to reflection), or null. */
  private final String problem;

  private OwnerPath(List<String> steps, Class<?> rootClass, Field rootField, String problem) {
    this.steps = steps;
    this.rootClass = rootClass;
    this.rootField = rootField;
    this.problem = problem;
  }

  /** Resolves the root, loading classes without initializing them: a static field first, else a class. */
  static OwnerPath resolve(List<String> steps, ClassLoader loader) {
    String root = steps.get(0);
    int dot = root.lastIndexOf('.');
    Class<?> declaring = dot > 0 ? HolderProbe.loadClass(root.substring(0, dot), loader) : null;
    Field field = declaring == null ? null : staticField(declaring, root.substring(dot + 1));
    if (field != null) {
      try {
        field.setAccessible(true);
      } catch (InaccessibleObjectException e) {
        return new OwnerPath(steps, declaring, null, "its owner's field '" + root + "' is not open to reflection: run the"
            + " tests with --add-opens " + declaring.getModule().getName() + "/" + declaring.getPackageName() + "=ALL-UNNAMED");
      }
      return new OwnerPath(steps, declaring, field, null);
    }
    Class<?> singleton = HolderProbe.loadClass(root, loader);
    if (singleton == null) {
      return new OwnerPath(steps, null, null, "its owner '" + root + "' is not on the test's class path");
    }
    return new OwnerPath(steps, singleton, null, null);
  }

  private static Field staticField(Class<?> type, String name) {
    try {
      Field f = type.getDeclaredField(name);
      return Modifier.isStatic(f.getModifiers()) ? f : null;
    } catch (NoSuchFieldException e) {
      return null;
    }
  }

  /** {@code Registry.INSTANCE → keyLocks}, as the explanation writes it (the root's package left out). */
  String text() {
    String root = steps.get(0);
    String shortRoot = rootField != null ? rootClass.getSimpleName() + "." + rootField.getName()
        : rootClass != null ? rootClass.getSimpleName() : root;
    List<String> shown = new ArrayList<>(steps);
    shown.set(0, shortRoot);
    return String.join(" → ", shown);
  }

  /**
   * Adds the objects at the end of the path to {@code found}; returns why none could be reached
   * when that is structural (a missing field, a package not open), else null.
   */
  String walk(ClassInitialization init, LiveInstances instances, InstanceFields fields, List<Supplier<?>> handedOver,
      Map<Object, Boolean> found) throws IllegalAccessException {
    if (problem != null) {
      return problem;
    }
    Map<Object, Boolean> level = new IdentityHashMap<>();
    if (rootField != null) {
      if (!init.isInitialized(rootClass)) {
        return null; // its owner does not exist yet; reading the field would initialize the class
      }
      Object owner = rootField.get(null);
      if (owner != null) {
        level.put(owner, true);
      }
    } else {
      instances.addAll(rootClass, init, handedOver, level);
    }
    for (String step : steps.subList(1, steps.size())) {
      Map<Object, Boolean> next = new IdentityHashMap<>();
      for (Object o : level.keySet()) {
        try {
          Object v = fields.read(o, step);
          if (v != null) {
            next.put(v, true);
          }
        } catch (InstanceFields.MissingField e) {
          return e.getMessage();
        }
      }
      level = next;
    }
    found.putAll(level);
    return null;
  }
}
