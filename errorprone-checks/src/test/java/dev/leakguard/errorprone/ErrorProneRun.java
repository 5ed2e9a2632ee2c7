package dev.leakguard.errorprone;

import com.google.errorprone.BaseErrorProneJavaCompiler;
import com.google.errorprone.scanner.ScannerSupplier;
import dev.leakguard.core.Finding;
import dev.leakguard.core.Options;
import dev.leakguard.core.RuleId;
import dev.leakguard.core.options.LeakguardOption;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;

/**
 * Compiles files from disk with javac + Error Prone running leakguard's three checks (and the
 * recorder), the test class path as the class path, and leakguard's options as
 * {@code -XepOpt:Leakguard:*} flags.
 */
final class ErrorProneRun {
  /** A leakguard diagnostic: the check that reported it, its line and its message. */
  record Reported(RuleId rule, long line, String message) {}

  final List<Reported> diagnostics = new ArrayList<>();
  final List<String> errors = new ArrayList<>();
  final List<Finding> findings = new ArrayList<>();

  // Bound: one entry per single-file conformance case; two test classes share each compilation.
  private static final java.util.Map<String, ErrorProneRun> CASES = new java.util.concurrent.ConcurrentHashMap<>();

  /** The run of a conformance case, compiled once for every test class that asks. */
  static ErrorProneRun of(dev.leakguard.conformance.ConformanceCase c) {
    return CASES.computeIfAbsent(c.name(), k -> compile(c.files(), c.options()));
  }

  static ErrorProneRun compile(List<Path> files, Options options) {
    List<String> flags = new ArrayList<>();
    for (LeakguardOption option : LeakguardOption.values()) {
      String value = option.text(options);
      if (!value.isEmpty()) {
        flags.add(LeakguardFlags.argument(option, value));
      }
    }
    return compile(files, flags);
  }

  /** Compiles with these Error Prone flags into a temporary directory, deleted afterwards. */
  static ErrorProneRun compile(List<Path> files, List<String> flags) {
    Path out;
    try {
      out = Files.createTempDirectory("leakguard-ep");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> args = new ArrayList<>(List.of(
        "-d", out.toString(), "-proc:none", "-encoding", "UTF-8",
        "-classpath", System.getProperty("java.class.path")));
    args.addAll(flags);
    try {
      return compileInto(files, args);
    } finally {
      deleteTree(out);
    }
  }

  private static ErrorProneRun compileInto(List<Path> files, List<String> args) {
    ErrorProneRun run = new ErrorProneRun();
    BaseErrorProneJavaCompiler compiler = new BaseErrorProneJavaCompiler(ScannerSupplier.fromBugCheckerClasses(
        UnboundedStaticCollection.class, UnboundedSingletonCollection.class, UnboundedCacheBuilder.class,
        RecordingCheck.class));
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    synchronized (RecordingCheck.RECORDED) {
      RecordingCheck.RECORDED.clear();
      try (StandardJavaFileManager fm = compiler.getStandardFileManager(collector, Locale.ROOT, StandardCharsets.UTF_8)) {
        Iterable<? extends JavaFileObject> units = fm.getJavaFileObjectsFromPaths(files);
        compiler.getTask(new StringWriter(), fm, collector, args, null, units).call();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      run.findings.addAll(RecordingCheck.RECORDED);
      RecordingCheck.RECORDED.clear();
    }
    for (Diagnostic<? extends JavaFileObject> d : collector.getDiagnostics()) {
      String message = d.getMessage(Locale.ROOT);
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        run.errors.add(d.getSource() == null ? message : d.getSource().getName() + ":" + d.getLineNumber() + ": " + message);
        continue;
      }
      for (RuleId rule : RuleId.values()) {
        if (message.startsWith("[" + rule.id() + "] ")) {
          run.diagnostics.add(new Reported(rule, d.getLineNumber(), message));
        }
      }
    }
    return run;
  }

  /** Deletes a directory and everything in it; what cannot be deleted stays (a test leaves no error). */
  private static void deleteTree(Path dir) {
    try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temporary directory is not a test failure
    }
  }
}
