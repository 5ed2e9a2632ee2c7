package dev.leakguard.maven;

import dev.leakguard.core.RelativePaths;
import dev.leakguard.analyzer.AnalysisResult;
import dev.leakguard.analyzer.Analyzer;
import dev.leakguard.analyzer.AnalyzerConfig;
import dev.leakguard.analyzer.Diagnostic;
import dev.leakguard.analyzer.SourceFiles;
import dev.leakguard.analyzer.baseline.Baseline;
import dev.leakguard.analyzer.baseline.BaselineException;
import dev.leakguard.analyzer.report.AtomicFiles;
import dev.leakguard.analyzer.report.RuntimeEvidence;
import dev.leakguard.analyzer.report.SarifReport;
import dev.leakguard.analyzer.report.TextReport;
import dev.leakguard.core.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One leakguard run over a module: selects the source files, analyses them, writes the reports
 * and applies the baseline. It decides nothing about the build: the Mojo prints and throws.
 */
final class LeakguardRun {
  private LeakguardRun() {}

  /**
   * The outcome of a run.
   *
   * @param result every finding and diagnostic
   * @param newFindings the findings not in the baseline (all of them without one)
   * @param baseline the baseline applied, or null
   * @param stale baseline entries that matched no finding
   * @param sourceRoots the roots that existed and were analysed
   * @param millis how long the analysis took
   * @param cachedFiles how many files came from the cache instead of being parsed
   * @param runtime what leakguard-junit measured ({@code runtime.json} in the report directory), or none
   */
  record Outcome(AnalysisResult result, List<Finding> newFindings, Baseline baseline, Set<String> stale, List<Path> sourceRoots,
      long millis, int cachedFiles, RuntimeEvidence runtime) {
    int accepted() {
      return result.findings().size() - newFindings.size();
    }
  }

  /**
   * Runs the request.
   *
   * @throws BaselineException when the request names a baseline that cannot be read
   * @throws IOException when a report cannot be written
   */
  static Outcome run(LeakguardRequest request) throws BaselineException, IOException {
    // Read the baseline first: a broken one stops the run before any time is spent on analysis.
    Baseline baseline = request.baselineFile() == null ? null : Baseline.read(request.baselineFile());

    List<Path> roots = existingRoots(request.sourceRoots());
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<Path> files = select(request, roots, diagnostics);
    long start = System.nanoTime();
    Analyzer analyzer = new Analyzer(new AnalyzerConfig(request.options(), request.threads()).withCacheFile(request.cacheFile())
        .withEncoding(request.encoding()).withMaxFileBytes(request.maxFileBytes()));
    AnalysisResult analysed = analyzer.analyze(files, request.facts());
    long millis = (System.nanoTime() - start) / 1_000_000;
    diagnostics.addAll(analysed.diagnostics());
    diagnostics.sort(Diagnostic.ORDER);
    AnalysisResult result = new AnalysisResult(analysed.findings(), diagnostics, analysed.filesAnalysed());

    RuntimeEvidence runtime = RuntimeEvidence.NONE;
    if (request.reportDirectory() != null) {
      Files.createDirectories(request.reportDirectory());
      runtime = RuntimeEvidence.in(request.reportDirectory());
      SarifReport.write(result, request.baseDir(), request.sarifFile(), runtime);
      AtomicFiles.write(request.textFile(), TextReport.render(result, request.baseDir(), true, runtime));
    }

    List<Finding> fresh = baseline == null ? result.findings() : baseline.newFindings(result.findings());
    Set<String> stale = baseline == null ? Set.of() : baseline.stale(result.findings());
    return new Outcome(result, List.copyOf(fresh), baseline, stale, roots, millis, analyzer.lastCacheHits(), runtime);
  }

  private static List<Path> existingRoots(List<Path> roots) {
    Set<Path> out = new LinkedHashSet<>();
    for (Path r : roots) {
      Path n = r.toAbsolutePath().normalize();
      if (Files.isDirectory(n)) {
        out.add(n);
      }
    }
    return List.copyOf(out);
  }

  /** The {@code .java} files below the roots that the include and exclude patterns keep, sorted. */
  static List<Path> select(LeakguardRequest request, List<Path> roots, List<Diagnostic> diagnostics) {
    Path base = request.baseDir().toAbsolutePath().normalize();
    Set<Path> out = new java.util.TreeSet<>();
    for (Path root : roots) {
      SourceFiles.Listing listing = SourceFiles.collect(List.of(root));
      diagnostics.addAll(listing.diagnostics());
      for (Path file : listing.files()) {
        Path abs = file.toAbsolutePath().normalize();
        List<String> forms = List.of(RelativePaths.relative(base, abs), RelativePaths.relative(root, abs));
        boolean included = request.includes().isEmpty() || request.includes().matchesAny(forms);
        if (included && !request.excludes().matchesAny(forms)) {
          out.add(abs);
        }
      }
    }
    return new ArrayList<>(out);
  }
}
