package dev.leakguard.junit;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Set;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Whether a class's static initializer has run, asked without running it: a class the workload
 * never initialized holds nothing, and reading its fields would initialize it (and run whatever
 * its initializer does). There is no public API for this question; two JVM facilities answer it
 * without an agent, tried in order:
 *
 * <ol>
 *   <li>{@code sun.misc.Unsafe.shouldBeInitialized(Class)} (module {@code jdk.unsupported}, up
 *       to JDK 21);
 *   <li>the {@code VM.classes} diagnostic command (JDK 22 and later), whose {@code State} column
 *       reads {@code fully_initialized} once the initializer has run.
 * </ol>
 *
 * <p>A class is looked up with {@code Class.forName(name, false, loader)} first, which loads it
 * but never initializes it. On a JVM that offers neither facility every loadable class counts as
 * initialized. A class once seen initialized stays so: it is not asked again.
 */
final class ClassInitialization {
  private static final Method SHOULD_BE_INITIALIZED;
  private static final Object UNSAFE;

  static {
    Method m = null;
    Object unsafe = null;
    try {
      Class<?> type = Class.forName("sun.misc.Unsafe");
      m = type.getMethod("shouldBeInitialized", Class.class);
      Field f = type.getDeclaredField("theUnsafe");
      f.setAccessible(true);
      unsafe = f.get(null);
    } catch (ReflectiveOperationException | RuntimeException e) {
      m = null;
      unsafe = null;
    }
    SHOULD_BE_INITIALIZED = m;
    UNSAFE = unsafe;
  }

  private final Set<Class<?>> initialized = new HashSet<>();
  private String listing;

  /** Whether {@code type}'s static initializer has run (true when the JVM cannot tell). */
  synchronized boolean isInitialized(Class<?> type) {
    if (initialized.contains(type)) {
      return true;
    }
    boolean done = ask(type, this);
    if (done) {
      initialized.add(type);
    }
    return done;
  }

  /** Which facility answers on this JVM, for the report. */
  static String mechanism() {
    if (SHOULD_BE_INITIALIZED != null) {
      return "sun.misc.Unsafe.shouldBeInitialized";
    }
    return vmClassesAvailable() ? "the VM.classes diagnostic command" : "none (every loadable class counts as initialized)";
  }

  /** Starts a new sample: a diagnostic-command listing is taken at most once per sample. */
  synchronized void newSample() {
    listing = null;
  }

  private static boolean ask(Class<?> type, ClassInitialization self) {
    if (SHOULD_BE_INITIALIZED != null) {
      try {
        return !(Boolean) SHOULD_BE_INITIALIZED.invoke(UNSAFE, type);
      } catch (ReflectiveOperationException | RuntimeException e) {
        // fall through to the diagnostic command
      }
    }
    if (self.listing == null) {
      self.listing = vmClasses();
    }
    if (self.listing == null) {
      return true;
    }
    return stateIn(self.listing, type.getName()).map(s -> s.equals("fully_initialized")).orElse(true);
  }

  /** The {@code State} column of {@code className}'s line in a {@code VM.classes} listing. */
  static java.util.Optional<String> stateIn(String listing, String className) {
    for (String line : listing.split("\n")) {
      String[] cols = line.trim().split("\\s+");
      if (cols.length >= 4 && cols[cols.length - 1].equals(className) && cols[0].startsWith("0x")) {
        return java.util.Optional.of(cols[2]);
      }
    }
    return java.util.Optional.empty();
  }

  private static boolean vmClassesAvailable() {
    return vmClasses() != null;
  }

  private static String vmClasses() {
    try {
      MBeanServer server = ManagementFactory.getPlatformMBeanServer();
      ObjectName name = new ObjectName("com.sun.management:type=DiagnosticCommand");
      return (String) server.invoke(name, "vmClasses", new Object[] {new String[0]}, new String[] {String[].class.getName()});
    } catch (Exception | LinkageError e) {
      return null;
    }
  }
}
