package dev.leakguard.junit;

import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The number of entries a holder's value keeps: {@code Collection} and {@code Map}
 * {@code size()}, array length, and, called reflectively so no cache library is needed at
 * compile time, a public {@code estimatedSize()} (Caffeine) or {@code size()} (Guava's
 * {@code Cache}, and any other type with one) declared by a public type. Another thread may
 * write while the size is read: a {@link ConcurrentModificationException} is retried a few times,
 * then the sample is marked unreadable.
 */
final class Sizes {
  static final int RETRIES = 3;
  /** The size method of each class, looked up once ({@code null}: none). */
  private static final ClassValue<Optional<Method>> SIZE_METHODS = new ClassValue<>() {
    @Override
    protected Optional<Method> computeValue(Class<?> type) {
      return Optional.ofNullable(findSizeMethod(type));
    }
  };

  private Sizes() {}

  /** A size, or why there is none. */
  record Size(long entries, String problem) {
    static Size of(long n) {
      return new Size(n, null);
    }

    static Size unreadable(String why) {
      return new Size(-1, why);
    }

    boolean readable() {
      return problem == null;
    }
  }

  /** Whether values of {@code type} can be sized (decided once per holder, from its value's class). */
  static boolean sizable(Class<?> type) {
    return type.isArray() || Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)
        || sizeMethod(type) != null;
  }

  static Size of(Object value) {
    if (value == null) {
      return Size.of(0);
    }
    for (int attempt = 0; ; attempt++) {
      try {
        return Size.of(read(value));
      } catch (ConcurrentModificationException e) {
        if (attempt + 1 >= RETRIES) {
          return Size.unreadable("modified concurrently while its size was read (" + RETRIES + " attempts)");
        }
        Thread.yield();
      } catch (ReflectiveOperationException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        if (cause instanceof ConcurrentModificationException && attempt + 1 < RETRIES) {
          continue;
        }
        return Size.unreadable(value.getClass().getName() + "'s size method failed: " + cause);
      }
    }
  }

  private static long read(Object value) throws ReflectiveOperationException {
    if (value instanceof Collection<?> c) {
      return c.size();
    }
    if (value instanceof Map<?, ?> m) {
      return m.size();
    }
    if (value.getClass().isArray()) {
      return Array.getLength(value);
    }
    Method m = sizeMethod(value.getClass());
    if (m == null) {
      throw new IllegalStateException(value.getClass().getName() + " has no size");
    }
    return ((Number) m.invoke(value)).longValue();
  }

  /** {@code estimatedSize()} or else {@code size()}, public, no arguments, returning a number, on a public type. */
  static Method sizeMethod(Class<?> type) {
    return SIZE_METHODS.get(type).orElse(null);
  }

  private static Method findSizeMethod(Class<?> type) {
    for (String name : new String[] {"estimatedSize", "size"}) {
      Method m = publicMethod(type, name);
      if (m != null) {
        return m;
      }
    }
    return null;
  }

  private static Method publicMethod(Class<?> type, String name) {
    Deque<Class<?>> todo = new ArrayDeque<>();
    Set<Class<?>> seen = new HashSet<>();
    todo.add(type);
    while (!todo.isEmpty()) {
      Class<?> t = todo.poll();
      if (!seen.add(t)) {
        continue;
      }
      if (Modifier.isPublic(t.getModifiers()) && t.getModule().isExported(t.getPackageName())) {
        try {
          Method m = t.getMethod(name);
          Class<?> r = m.getReturnType();
          if (r == int.class || r == long.class) {
            return m;
          }
        } catch (NoSuchMethodException e) {
          // look further up
        }
      }
      if (t.getSuperclass() != null) {
        todo.add(t.getSuperclass());
      }
      todo.addAll(java.util.List.of(t.getInterfaces()));
    }
    return null;
  }
}
