import com.google.errorprone.BaseErrorProneJavaCompiler;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.scanner.BuiltInCheckerSuppliers;
import com.google.errorprone.scanner.ScannerSupplier;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;

/**
 * In-process form of compile-overhead.sh: compiles the same sources again and again in one JVM
 * (so the JIT is warm) with Error Prone's default checks, alternately without and with
 * leakguard's three checks, and measures the process's CPU time (compiler, GC and JIT threads),
 * which other processes on a busy machine disturb less than wall time. Run by
 * compile-overhead.sh.
 *
 * <p>Arguments: runs, the file listing the sources, the output directory.
 */
public final class CompileOverhead {
  public static void main(String[] args) throws Exception {
    int runs = Integer.parseInt(args[0]);
    List<Path> sources = Files.readAllLines(Path.of(args[1])).stream().map(Path::of).toList();
    Path out = Path.of(args[2]);
    ScannerSupplier base = BuiltInCheckerSuppliers.defaultChecks();
    List<Class<? extends BugChecker>> leakguard = new ArrayList<>();
    for (String name : List.of("UnboundedStaticCollection", "UnboundedSingletonCollection", "UnboundedCacheBuilder")) {
      leakguard.add(Class.forName("dev.leakguard.errorprone." + name).asSubclass(BugChecker.class));
    }
    ScannerSupplier with = base.plus(ScannerSupplier.fromBugCheckerClasses(leakguard));

    compile(base, sources, out); // warm-up, both ways
    compile(with, sources, out);
    List<Long> alone = new ArrayList<>();
    List<Long> withLeakguard = new ArrayList<>();
    for (int i = 1; i <= runs; i++) {
      long a = compile(base, sources, out);
      long w = compile(with, sources, out);
      alone.add(a);
      withLeakguard.add(w);
      System.out.printf(Locale.ROOT, "in-process run %d: Error Prone alone cpu %d ms; with leakguard cpu %d ms%n", i, a, w);
    }
    long ma = median(alone);
    long mw = median(withLeakguard);
    System.out.printf(Locale.ROOT, "in-process median cpu: Error Prone alone %d ms, with leakguard %d ms, ratio %.3f (%+.1f%%)%n",
        ma, mw, (double) mw / ma, ((double) mw / ma - 1) * 100);

    // leakguard's own work, timed where it happens: reading each unit and judging it, beside
    // Error Prone's default checks. Differences of whole compiles drown in noise on a busy box.
    ScannerSupplier timed = base.plus(ScannerSupplier.fromBugCheckerClasses(TimedAnalysis.class));
    List<Long> shares = new ArrayList<>();
    for (int i = 1; i <= runs; i++) {
      TimedAnalysis.nanos = 0;
      long total = compile(timed, sources, out);
      long own = TimedAnalysis.nanos / 1_000_000;
      shares.add(own * 10_000 / Math.max(1, total));
      System.out.printf(Locale.ROOT, "timed run %d: leakguard's reading and judging %d ms of %d ms cpu (%.2f%%)%n",
          i, own, total, own * 100.0 / total);
    }
    System.out.printf(Locale.ROOT, "median share of leakguard's own work: %.2f%%%n", median(shares) / 100.0);
  }

  /** Reads and judges each unit as the checks do (once for all three), timing it. */
  @com.google.errorprone.BugPattern(summary = "Times leakguard's analysis",
      severity = com.google.errorprone.BugPattern.SeverityLevel.WARNING)
  public static final class TimedAnalysis extends BugChecker implements BugChecker.CompilationUnitTreeMatcher {
    static long nanos;

    @Override
    public com.google.errorprone.matchers.Description matchCompilationUnit(
        com.sun.source.tree.CompilationUnitTree tree, com.google.errorprone.VisitorState state) {
      long start = System.nanoTime();
      new dev.leakguard.core.Judge(dev.leakguard.core.Options.DEFAULT)
          .judge(dev.leakguard.errorprone.JavacSyntaxCopier.read(tree, state));
      nanos += System.nanoTime() - start;
      return com.google.errorprone.matchers.Description.NO_MATCH;
    }
  }

  private static long compile(ScannerSupplier checks, List<Path> sources, Path out) throws Exception {
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    BaseErrorProneJavaCompiler compiler = new BaseErrorProneJavaCompiler(checks);
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    long start = os.getProcessCpuTime();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      Boolean ok = compiler.getTask(new StringWriter(), files, diagnostics,
          List.of("-d", out.toString(), "-proc:none", "--release", "17", "-nowarn", "-encoding", "UTF-8",
              "-XepAllErrorsAsWarnings"),
          null, files.getJavaFileObjectsFromPaths(sources)).call();
      if (!ok) {
        throw new IllegalStateException("compilation failed: " + diagnostics.getDiagnostics());
      }
    }
    return (os.getProcessCpuTime() - start) / 1_000_000;
  }

  private static long median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
