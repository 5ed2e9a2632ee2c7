package dev.leakguard.junit;

import dev.leakguard.analyzer.baseline.Baseline;
import dev.leakguard.analyzer.baseline.BaselineException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.opentest4j.AssertionFailedError;

/**
 * Runtime confirmation from inside a test method:
 *
 * <pre>
 * LeakWatch.instance(ResultCache.class, () -&gt; context.getBean(ResultCache.class));
 * LeakWatch.repeat(10_000, i -&gt; client.send(request(i)));
 * </pre>
 *
 * {@link #repeat} runs the workload, samples every holder leakguard reports for the module,
 * prints the table, writes {@code runtime.json} and throws an {@link AssertionFailedError} when a
 * holder keeps growing and its finding is not in the baseline. Inside a test extended with
 * {@link LeakGuardExtension} (or a {@link LeakTest}) it reads JUnit's configuration parameters and
 * forgets the handed-over instances after the test; elsewhere it reads system properties.
 */
public final class LeakWatch {
  /** Instances handed over by the test, by type; cleared after each test by the extension. */
  private static final Map<Class<?>, Supplier<?>> INSTANCES = new ConcurrentHashMap<>();
  private static final ThreadLocal<Context> CURRENT = new ThreadLocal<>();

  /** The running test, as the extension tells it. */
  record Context(String test, ClassLoader loader, Function<String, String> config) {}

  private LeakWatch() {}

  /**
   * Hands over the instance that owns a reported singleton's fields, for beans a container made
   * (no static field leads to them). The supplier is called at each sample.
   */
  public static <T> void instance(Class<T> type, Supplier<? extends T> supplier) {
    if (type == null || supplier == null) {
      throw new IllegalArgumentException("LeakWatch.instance needs a type and a supplier");
    }
    INSTANCES.put(type, supplier);
  }

  /** Forgets every handed-over instance (the extension does it after each test). */
  public static void clearInstances() {
    INSTANCES.clear();
  }

  /** Runs {@code workload} {@code iterations} times with the default checkpoints, warm-up and rate. */
  public static RunReport repeat(int iterations, Workload workload) throws Exception {
    return repeat(iterations, LeakSettings.DEFAULT_CHECKPOINTS, workload);
  }

  /** Runs {@code workload} {@code iterations} times, sampling at {@code checkpoints} checkpoints after a warm-up of a tenth. */
  public static RunReport repeat(int iterations, int checkpoints, Workload workload) throws Exception {
    Context c = CURRENT.get();
    Function<String, String> config = c == null ? System::getProperty : c.config();
    LeakSettings settings = LeakSettings.of(iterations, checkpoints, -1, 1, LeakSettings.DEFAULT_MIN_RATE, List.of(), config);
    String test = c != null ? c.test() : caller();
    ClassLoader loader = c != null ? c.loader() : Thread.currentThread().getContextClassLoader();
    return confirm(test, settings, loader, workload);
  }

  /** The whole procedure: find the holders, run, print, write runtime.json, fail on confirmed growth. */
  static RunReport confirm(String test, LeakSettings settings, ClassLoader loader, Workload workload) throws Exception {
    ReportedHolders.Found found = ReportedHolders.find(settings);
    Baseline baseline = baseline(settings);
    RunReport report = LoadRun.run(test, settings, found, loader, new ArrayList<>(INSTANCES.values()), baseline, workload);
    System.out.print(report.table());
    System.out.flush();
    try {
      RuntimeJson.write(settings.reportDirectory(), report);
    } catch (IOException e) {
      throw new UncheckedIOException("leakguard: cannot write " + settings.reportDirectory().resolve(LeakSettings.RUNTIME_NAME), e);
    }
    if (!report.failures().isEmpty()) {
      throw new AssertionFailedError(report.failureMessage());
    }
    return report;
  }

  private static Baseline baseline(LeakSettings settings) {
    if (!Files.exists(settings.baselineFile())) {
      return Baseline.empty();
    }
    try {
      return Baseline.read(settings.baselineFile());
    } catch (BaselineException e) {
      throw new IllegalStateException("leakguard: " + e.getMessage(), e);
    }
  }

  static void enter(Context context) {
    CURRENT.set(context);
  }

  static void leave() {
    CURRENT.remove();
    clearInstances();
  }

  private static String caller() {
    return StackWalker.getInstance().walk(frames -> frames
        .filter(f -> !f.getClassName().equals(LeakWatch.class.getName()))
        .findFirst()
        .map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "#" + f.getMethodName())
        .orElse("LeakWatch"));
  }
}
