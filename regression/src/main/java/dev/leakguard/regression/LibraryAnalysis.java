package dev.leakguard.regression;

import dev.leakguard.analyzer.AnalysisResult;
import dev.leakguard.analyzer.Analyzer;
import dev.leakguard.analyzer.AnalyzerConfig;
import dev.leakguard.analyzer.Diagnostic;
import dev.leakguard.core.Finding;
import dev.leakguard.core.GrowthSite;
import dev.leakguard.core.RelativePaths;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Runs the analyzer, in-process with its default options, on one library's source root and turns
 * its result into expected-file rows (paths relative to the root) and the library's diagnostics.
 */
final class LibraryAnalysis {
  /**
   * One library's rows and diagnostics; the analyzer's diagnostics as text (relative path, line,
   * message); and warnings about rows dropped because a (field, rule) was reported twice.
   */
  record Result(List<FindingRow> rows, LibraryDiagnostics diagnostics, List<String> problems, List<String> warnings) {}

  private final int threads;

  LibraryAnalysis(int threads) {
    this.threads = threads;
  }

  Result analyze(String library, Path sourceRoot) {
    AnalysisResult result = new Analyzer(AnalyzerConfig.defaults().withThreads(threads)).analyze(List.of(sourceRoot));
    return toRows(library, sourceRoot, result);
  }

  static Result toRows(String library, Path sourceRoot, AnalysisResult result) {
    Map<FindingRow.Key, FindingRow> rows = new LinkedHashMap<>();
    List<String> warnings = new ArrayList<>();
    List<Finding> findings = new ArrayList<>(result.findings());
    findings.sort(Finding.ORDER);
    for (Finding f : findings) {
      FindingRow row = row(library, sourceRoot, f);
      FindingRow earlier = rows.putIfAbsent(row.key(), row);
      if (earlier != null) {
        warnings.add(library + ": " + row.key() + " reported twice (" + RelativePaths.relative(sourceRoot, f.location().file())
            + "); kept the first, at " + earlier.siteText());
      }
    }
    TreeSet<String> notParsed = new TreeSet<>();
    int warningsCount = 0;
    List<String> problems = new ArrayList<>();
    for (Diagnostic d : result.diagnostics()) {
      problems.add(new Diagnostic(RelativePaths.relative(sourceRoot, d.file()), d.line(), d.level(), d.message()).toString());
      if (d.level() == Diagnostic.Level.ERROR) {
        notParsed.add(RelativePaths.relative(sourceRoot, d.file()));
      } else {
        warningsCount++;
      }
    }
    List<FindingRow> sorted = new ArrayList<>(rows.values());
    sorted.sort(FindingRow.ORDER);
    return new Result(List.copyOf(sorted),
        new LibraryDiagnostics(library, result.filesAnalysed(), List.copyOf(notParsed), warningsCount),
        List.copyOf(problems), List.copyOf(warnings));
  }

  private static FindingRow row(String library, Path root, Finding f) {
    String site = FindingRow.NONE;
    String method = FindingRow.NONE;
    if (!f.growthSites().isEmpty()) {
      GrowthSite g = f.growthSites().get(0);
      site = RelativePaths.relative(root, g.location().file()) + ":" + g.location().line();
      method = g.member() == null || g.member().isBlank() ? FindingRow.NONE : g.member();
    }
    return new FindingRow(library, f.holder(), f.rule().id(), f.confidence().label(), site, method);
  }

}
