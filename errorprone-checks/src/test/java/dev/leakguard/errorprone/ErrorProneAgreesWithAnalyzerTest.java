package dev.leakguard.errorprone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leakguard.analyzer.Analyzer;
import dev.leakguard.analyzer.AnalyzerConfig;
import dev.leakguard.conformance.ConformanceCase;
import dev.leakguard.conformance.ConformanceCases;
import dev.leakguard.core.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On every single-file case, Error Prone and the project-wide analyzer report the same findings:
 * rule id, file, line, kind, confidence, growth lines and message (DESIGN.md section 5: a
 * difference is a bug in one of the readers).
 */
class ErrorProneAgreesWithAnalyzerTest {

  static Stream<ConformanceCase> cases() {
    return ConformanceCases.singleFile().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void sameFindings(ConformanceCase c) {
    List<Finding> analyzed =
        new Analyzer(AnalyzerConfig.defaults().withOptions(c.options())).analyze(c.files()).findings();
    assertEquals(describe(analyzed), describe(ErrorProneRun.of(c).findings), c.name());
  }

  private static List<String> describe(List<Finding> findings) {
    return findings.stream()
        .map(f -> f.rule().id() + " " + fileName(f.location().file()) + ":" + f.location().line() + " " + f.kind() + " "
            + f.confidence().label() + " growth=" + f.growthSites().stream().map(g -> g.location().line()).toList()
            + " " + f.message())
        .sorted()
        .toList();
  }

  private static String fileName(String path) {
    return Path.of(path).getFileName().toString();
  }
}
