package dev.leakguard.analyzer.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakguard.analyzer.AnalysisResult;
import dev.leakguard.analyzer.Analyzer;
import dev.leakguard.analyzer.AnalyzerConfig;
import dev.leakguard.conformance.DocSnippets;
import dev.leakguard.conformance.ReportedFinding;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The code in the documentation (rule pages' snippets, the ruleset's examples: {@link DocSnippets})
 * gives, through the analyzer, the findings the documentation claims. PMD and Error Prone run the
 * same snippets in their own modules.
 */
class DocSnippetsTest {
  @TempDir Path dir;

  static Stream<DocSnippets.Snippet> snippets() {
    return DocSnippets.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("snippets")
  void snippetGivesTheFindingsTheDocsClaim(DocSnippets.Snippet s) {
    Path file = DocSnippets.write(s, dir);
    AnalysisResult r = new Analyzer(AnalyzerConfig.defaults().withOptions(s.options()).withThreads(1)).analyze(List.of(file));
    assertTrue(r.diagnostics().isEmpty(), () -> "the snippet does not parse: " + r.diagnostics() + "\n" + s.source());
    assertEquals(List.of(), s.check(ReportedFinding.of(r.findings(), dir)), s.source());
  }
}
