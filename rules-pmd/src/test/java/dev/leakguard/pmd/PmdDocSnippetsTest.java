package dev.leakguard.pmd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leakguard.conformance.DocSnippets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The code in the documentation (rule pages' snippets, the ruleset's own examples:
 * {@link DocSnippets}) gives, through PMD with the ruleset, the violations the documentation claims.
 */
class PmdDocSnippetsTest {
  @TempDir Path dir;

  static Stream<DocSnippets.Snippet> snippets() {
    return DocSnippets.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("snippets")
  void snippetGivesTheViolationsTheDocsClaim(DocSnippets.Snippet s) {
    Path file = DocSnippets.write(s, dir);
    List<PmdRun.Result> results = PmdRun.run(List.of(file), s.options(), PmdRun.TypeResolution.CLASSPATH);
    assertEquals(List.of(), s.check(PmdRun.reported(results, dir)), s.source());
  }
}
