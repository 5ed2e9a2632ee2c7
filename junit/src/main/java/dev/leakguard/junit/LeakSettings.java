package dev.leakguard.junit;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * How one run is measured, from {@link LeakTest} or {@link LeakWatch#repeat}, and where the
 * files are, from configuration parameters (JUnit's {@code junit-platform.properties} or system
 * properties):
 *
 * <table>
 *   <caption>configuration parameters</caption>
 *   <tr><th>parameter</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@code leakguard.reportDirectory}</td><td>{@code target/leakguard}</td>
 *       <td>where {@code leakguard.sarif} is read and {@code runtime.json} written</td></tr>
 *   <tr><td>{@code leakguard.sources}</td><td>{@code src/main/java}</td>
 *       <td>source roots the analyzer reads when there is no SARIF report (comma-separated)</td></tr>
 *   <tr><td>{@code leakguard.baselineFile}</td><td>{@code leakguard-baseline.json}</td>
 *       <td>accepted findings: confirmed but in it, the test does not fail</td></tr>
 * </table>
 *
 * @param iterations how many times the workload runs, warm-up included
 * @param checkpoints how many samples are taken after the warm-up (one more at its end)
 * @param warmup iterations before the first sample
 * @param threads how many threads run the iterations
 * @param minRate entries per iteration from which growth counts as confirmed
 * @param watch fields to watch besides the reported ones, {@code pkg.Class.field}
 */
public record LeakSettings(int iterations, int checkpoints, int warmup, int threads, double minRate, List<String> watch,
    Path reportDirectory, List<Path> sourceRoots, Path baselineFile) {
  public static final String SARIF_NAME = "leakguard.sarif";
  public static final String RUNTIME_NAME = "runtime.json";
  public static final int DEFAULT_CHECKPOINTS = 5;
  public static final double DEFAULT_MIN_RATE = 0.01;

  public LeakSettings {
    if (checkpoints < 2) {
      throw new IllegalArgumentException("checkpoints must be at least 2, was " + checkpoints);
    }
    if (warmup < 0) {
      throw new IllegalArgumentException("warmup must be 0 or more, was " + warmup);
    }
    if (iterations - warmup < checkpoints) {
      throw new IllegalArgumentException("iterations (" + iterations + ") must leave at least one iteration per checkpoint ("
          + checkpoints + ") after the warm-up (" + warmup + ")");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    if (!(minRate > 0)) {
      throw new IllegalArgumentException("minRate must be above 0, was " + minRate);
    }
    watch = List.copyOf(watch);
    sourceRoots = List.copyOf(sourceRoots);
  }

  /** {@code warmup} -1 means a tenth of the iterations. */
  static int warmupOrDefault(int iterations, int warmup) {
    return warmup < 0 ? iterations / 10 : warmup;
  }

  /** The settings of a run, files placed by the configuration parameters {@code config} answers (null: unset). */
  static LeakSettings of(int iterations, int checkpoints, int warmup, int threads, double minRate, List<String> watch,
      Function<String, String> config) {
    Path reports = Path.of(value(config, "leakguard.reportDirectory", "target/leakguard"));
    List<Path> sources = Arrays.stream(value(config, "leakguard.sources", "src/main/java").split(","))
        .map(String::strip).filter(s -> !s.isEmpty()).map(Path::of).toList();
    Path baseline = Path.of(value(config, "leakguard.baselineFile", "leakguard-baseline.json"));
    return new LeakSettings(iterations, checkpoints, warmupOrDefault(iterations, warmup), threads, minRate, watch, reports,
        sources, baseline);
  }

  /** From system properties only (for {@link LeakWatch#repeat} outside the extension). */
  static LeakSettings fromSystemProperties(int iterations, int checkpoints, int warmup, int threads, double minRate,
      List<String> watch) {
    return of(iterations, checkpoints, warmup, threads, minRate, watch, System::getProperty);
  }

  private static String value(Function<String, String> config, String key, String fallback) {
    String v = config.apply(key);
    return v == null || v.isBlank() ? fallback : v.strip();
  }

  /** The iteration count after which sample {@code k} is taken (0: the end of the warm-up). */
  int checkpointAt(int k) {
    long measured = iterations - warmup;
    return (int) (warmup + measured * k / checkpoints);
  }
}
