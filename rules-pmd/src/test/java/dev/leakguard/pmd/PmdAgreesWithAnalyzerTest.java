package dev.leakguard.pmd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leakguard.analyzer.AnalysisResult;
import dev.leakguard.analyzer.Analyzer;
import dev.leakguard.analyzer.AnalyzerConfig;
import dev.leakguard.conformance.ConformanceCase;
import dev.leakguard.conformance.ConformanceCases;
import dev.leakguard.core.Finding;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On every single-file case, PMD and the project-wide analyzer report the same findings: rule id,
 * file and line, and the same message, kind, confidence and growth sites (DESIGN.md section 5: a
 * difference is a bug in one of the readers).
 */
class PmdAgreesWithAnalyzerTest {

  /** What both front ends must agree on. */
  record Reported(String rule, String file, int line, String message, String kind, String confidence, List<String> growth) {
    static Reported of(String rule, String file, int line, String message, Finding f) {
      List<String> growth = f.growthSites().stream()
          .map(g -> fileName(g.location().file()) + ":" + g.location().line() + " in " + g.member())
          .toList();
      return new Reported(rule, file, line, message, f.kind().name(), f.confidence().label(), growth);
    }
  }

  static Stream<ConformanceCase> singleFileCases() {
    return ConformanceCases.singleFile().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("singleFileCases")
  void sameFindings(ConformanceCase c) {
    Path file = c.files().get(0);
    AnalysisResult analyzed = new Analyzer(AnalyzerConfig.defaults().withOptions(c.options())).analyze(List.of(file));
    List<Reported> fromAnalyzer = analyzed.findings().stream()
        .map(f -> Reported.of(f.rule().id(), fileName(f.location().file()), f.location().line(), f.message(), f))
        .sorted(ORDER)
        .toList();
    List<Reported> fromPmd = PmdRun.run(List.of(file), c.options(), PmdRun.TypeResolution.CLASSPATH).stream()
        .map(r -> Reported.of(r.violation().getRule().getName(), fileName(r.violation().getFileId().getAbsolutePath()),
            r.violation().getBeginLine(), r.violation().getDescription(), r.finding()))
        .sorted(ORDER)
        .toList();
    assertEquals(fromAnalyzer, fromPmd, c.name());
  }

  private static final Comparator<Reported> ORDER =
      Comparator.comparing(Reported::file).thenComparingInt(Reported::line).thenComparing(Reported::rule);

  private static String fileName(String path) {
    return Path.of(path).getFileName().toString();
  }
}
