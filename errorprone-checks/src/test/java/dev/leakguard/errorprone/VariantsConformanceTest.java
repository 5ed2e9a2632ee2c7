package dev.leakguard.errorprone;

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
 * Every generated variant, compiled by javac with Error Prone and leakguard's checks: the findings
 * match the markers its base shape decides (kind, confidence and growth sites), as in the analyzer.
 */
class VariantsConformanceTest {
  @TempDir static Path variantsDir;

  static Stream<ConformanceCase> variants() {
    return Variants.writeCases(variantsDir).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void variantHolds(ConformanceCase c) {
    ErrorProneRun run = ErrorProneRun.compile(c.files(), c.options());
    assertTrue(run.errors.isEmpty(), () -> c + " does not compile: " + run.errors);
    List<String> problems = c.check(ReportedFinding.of(run.findings, c.root()));
    assertTrue(problems.isEmpty(), () -> c + ":\n  " + String.join("\n  ", problems));
    assertTrue(run.diagnostics.size() == run.findings.size(),
        () -> c + ": " + run.diagnostics.size() + " diagnostics for " + run.findings.size() + " findings");
  }
}
