package dev.leakguard.errorprone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakguard.conformance.ConformanceCase;
import dev.leakguard.conformance.ConformanceCases;
import dev.leakguard.conformance.ReportedFinding;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every single-file conformance case, compiled by javac with Error Prone and leakguard's checks:
 * core's findings must match the case's markers exactly, and the checks must report exactly
 * those findings as diagnostics, on the field's line.
 */
class ConformanceTest {

  static Stream<ConformanceCase> cases() {
    return ConformanceCases.singleFile().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void singleFileCaseHolds(ConformanceCase c) {
    ErrorProneRun run = ErrorProneRun.of(c);
    assertTrue(run.errors.isEmpty(), () -> c + " does not compile: " + run.errors);

    List<String> problems = c.check(ReportedFinding.of(run.findings, c.root()));
    assertTrue(problems.isEmpty(), () -> c + ":\n  " + String.join("\n  ", problems));

    List<String> expected = run.findings.stream()
        .map(f -> f.rule().id() + "@" + f.location().line() + ": " + f.message()).sorted().toList();
    List<String> reported = run.diagnostics.stream()
        .map(d -> d.rule().id() + "@" + d.line() + ": " + firstLine(d.message()).substring(d.rule().id().length() + 3))
        .sorted().toList();
    assertEquals(expected, reported, "Error Prone diagnostics vs core findings");
  }

  private static String firstLine(String message) {
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

}
