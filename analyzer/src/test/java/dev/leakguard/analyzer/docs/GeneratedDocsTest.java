package dev.leakguard.analyzer.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakguard.conformance.ConformanceCases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The documentation's generated blocks (option tables, rule tables, the CLI's help, report samples)
 * are what the generator makes of core's option table, {@code RuleId} and the golden files. With
 * {@code -Dleakguard.writeDocs=true} the test rewrites them instead (see {@link #REGENERATE}).
 */
class GeneratedDocsTest {
  /** The command that rewrites the generated blocks, from the repository root. */
  static final String REGENERATE = "./mvnw -q -B -ntp -o test -pl analyzer -am -Dtest=GeneratedDocsTest"
      + " -Dsurefire.failIfNoSpecifiedTests=false -Dleakguard.writeDocs=true";

  private static final Path ROOT = ConformanceCases.repositoryRoot();

  /** Every document with generated blocks, and the sections each must have. */
  private static final List<Doc> DOCS = List.of(
      new Doc("README.md", "rules docs/rules/", "sample case-study.txt", "cli-usage", "options"),
      new Doc("maven-plugin/README.md", "maven-options"),
      new Doc("rules-pmd/README.md", "pmd-properties"),
      new Doc("errorprone-checks/README.md", "rules ../docs/rules/", "errorprone-flags"),
      new Doc("conformance/README.md", "conformance-options"),
      new Doc("docs/rules/UnboundedStaticCollection.md", "rule-options"),
      new Doc("docs/rules/UnboundedSingletonCollection.md", "rule-options"),
      new Doc("docs/rules/UnboundedCacheBuilder.md", "rule-options"));

  private record Doc(String path, String... required) {}

  @Test
  void generatedBlocks_matchTheGenerator() throws IOException {
    DocSections sections = new DocSections(ROOT);
    boolean write = Boolean.getBoolean("leakguard.writeDocs");
    List<String> problems = new ArrayList<>();
    for (Doc doc : DOCS) {
      Path file = ROOT.resolve(doc.path());
      String text = Files.readString(file, StandardCharsets.UTF_8);
      MarkedDocument marked = new MarkedDocument(text);
      Set<String> missing = new TreeSet<>(List.of(doc.required()));
      missing.removeAll(marked.sections());
      if (!missing.isEmpty()) {
        problems.add(doc.path() + ": no generated block " + missing + " (<!-- generated:begin NAME --> ... <!-- generated:end -->)");
      }
      String expected = marked.regenerate(sections::render);
      if (expected.equals(text)) {
        continue;
      }
      if (write) {
        Files.writeString(file, expected, StandardCharsets.UTF_8);
      } else {
        problems.add(doc.path() + " differs from what is generated from core's option table, RuleId and the golden files:\n"
            + firstDifference(text, expected));
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems) + "\nRegenerate with:\n  " + REGENERATE);
  }

  @Test
  void markers_withoutTheirEnd_areAnError() {
    IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
        () -> new MarkedDocument("a\n<!-- generated:begin options -->\nb\n").regenerate(n -> "x"));
    assertTrue(e.getMessage().contains("has no <!-- generated:end -->"), e.getMessage());
    assertEquals("  | x |\n<!-- generated:end -->\n",
        new MarkedDocument("  <!-- generated:begin options -->\nold\n<!-- generated:end -->\n").regenerate(n -> "| x |")
            .substring("  <!-- generated:begin options -->\n".length()));
  }

  private static String firstDifference(String actual, String expected) {
    String[] a = actual.split("\n", -1);
    String[] e = expected.split("\n", -1);
    for (int i = 0; i < Math.max(a.length, e.length); i++) {
      String al = i < a.length ? a[i] : "<end of file>";
      String el = i < e.length ? e[i] : "<end of file>";
      if (!al.equals(el)) {
        return "  line " + (i + 1) + ":\n    checked in: " + al + "\n    generated:  " + el;
      }
    }
    return "";
  }
}
