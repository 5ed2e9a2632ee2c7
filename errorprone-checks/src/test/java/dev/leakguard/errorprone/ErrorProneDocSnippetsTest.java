package dev.leakguard.errorprone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakguard.conformance.DocSnippets;
import dev.leakguard.conformance.ReportedFinding;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The code in the documentation (rule pages' snippets, the PMD ruleset's examples:
 * {@link DocSnippets}) compiles, and gives through Error Prone the diagnostics the documentation
 * claims.
 */
class ErrorProneDocSnippetsTest {
  @TempDir Path dir;

  static Stream<DocSnippets.Snippet> snippets() {
    return DocSnippets.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("snippets")
  void snippetGivesTheDiagnosticsTheDocsClaim(DocSnippets.Snippet s) {
    ErrorProneRun run = ErrorProneRun.compile(List.of(DocSnippets.write(s, dir)), s.options());
    assertTrue(run.errors.isEmpty(), () -> s + " does not compile: " + run.errors + "\n" + s.source());
    List<ReportedFinding> reported = run.diagnostics.stream()
        .map(d -> new ReportedFinding(s.fileName(), (int) d.line(), d.rule(), null, null, List.of()))
        .toList();
    assertEquals(List.of(), s.check(reported), s.source());
  }
}
