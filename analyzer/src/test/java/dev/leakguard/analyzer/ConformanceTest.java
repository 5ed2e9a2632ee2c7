package dev.leakguard.analyzer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakguard.conformance.ConformanceCase;
import dev.leakguard.conformance.ConformanceCases;
import dev.leakguard.conformance.ReportedFinding;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every conformance case, single-file and cross-file, holds through the analyzer. */
class ConformanceTest {
  static Stream<ConformanceCase> cases() {
    return ConformanceCases.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void caseHolds(ConformanceCase c) {
    AnalysisResult result = new Analyzer(AnalyzerConfig.defaults().withOptions(c.options()).withThreads(1)).analyze(c.files());
    assertTrue(result.diagnostics().isEmpty(), () -> "diagnostics: " + result.diagnostics());
    List<String> problems = c.check(ReportedFinding.of(result.findings(), c.root()));
    assertTrue(problems.isEmpty(), () -> c.name() + ":\n  " + String.join("\n  ", problems)
        + "\nfindings:\n  " + String.join("\n  ", result.findings().stream().map(f -> f.location() + " " + f.message()).toList()));
  }
}
