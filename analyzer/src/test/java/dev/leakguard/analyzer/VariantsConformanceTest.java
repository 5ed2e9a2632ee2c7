package dev.leakguard.analyzer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakguard.conformance.ConformanceCase;
import dev.leakguard.conformance.ReportedFinding;
import dev.leakguard.conformance.Variants;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every generated variant (alias chains, casts, getters, lambdas, anonymous and local classes)
 * holds through the analyzer: kind, confidence and growth sites as its base shape decides.
 */
class VariantsConformanceTest {
  @TempDir static Path variantsDir;

  static Stream<ConformanceCase> variants() {
    return Variants.writeCases(variantsDir).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void variantHolds(ConformanceCase c) {
    AnalysisResult result = new Analyzer(AnalyzerConfig.defaults().withOptions(c.options()).withThreads(1)).analyze(c.files());
    assertTrue(result.diagnostics().isEmpty(), () -> "diagnostics: " + result.diagnostics());
    List<String> problems = c.check(ReportedFinding.of(result.findings(), c.root()));
    assertTrue(problems.isEmpty(), () -> c.name() + ":\n  " + String.join("\n  ", problems)
        + "\nfindings:\n  " + String.join("\n  ", result.findings().stream().map(f -> f.location() + " " + f.message()).toList()));
  }
}
