package dev.leakguard.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakguard.analyzer.report.TextReport;
import dev.leakguard.conformance.ConformanceCase;
import dev.leakguard.conformance.ConformanceCases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pre-filter never changes a finding: every conformance case, with and without it. */
class PrefilterTest {
  @Test
  void sameFindingsWithAndWithoutPrefilter_onEveryCase_andOnTheWholeCorpus() {
    Path root = ConformanceCases.casesRoot();
    for (ConformanceCase c : ConformanceCases.all()) {
      assertSame(c.options(), c.files(), root, c.name());
    }
    assertSame(dev.leakguard.core.Options.DEFAULT, List.of(root), root, "all cases together");
  }

  private static void assertSame(dev.leakguard.core.Options options, List<Path> files, Path root, String what) {
    AnalyzerConfig config = AnalyzerConfig.defaults().withOptions(options).withThreads(2);
    AnalysisResult with = new Analyzer(config.withPrefilter(true)).analyze(files);
    AnalysisResult without = new Analyzer(config.withPrefilter(false)).analyze(files);
    assertEquals(TextReport.render(without, root, true), TextReport.render(with, root, true), what);
  }

  @Test
  void identifierScan_matchesWholeIdentifiersOnly() {
    assertTrue(mentions("new HashMap<>()", "HashMap"));
    assertFalse(mentions("new MyHashMap<>()", "HashMap"));
    assertFalse(mentions("HashMaps", "HashMap"));
    assertTrue(mentions("x.HashMap;", "HashMap"));
    assertTrue(mentions("/* caf\u00e9 */ Registry.SERVICES", "SERVICES"));
  }

  @Test
  void identifierScan_skipsCommentsAndLiterals_butNotTheCodeAfterThem() {
    assertFalse(mentions("/** Backed by a {@link HashMap}. */ class A {}", "HashMap"));
    assertFalse(mentions("// a HashMap would leak here\nclass A {}", "HashMap"));
    assertFalse(mentions("class A { String s = \"new HashMap()\"; }", "HashMap"));
    String textBlock = "class A { String s = \"\"\"\n  new HashSet<>() \\\"\"\" }\n  \"\"\"; Map m = new HashMap<>(); }";
    assertFalse(mentions(textBlock, "HashSet"));
    assertTrue(mentions(textBlock, "HashMap"));
    assertFalse(Identifiers.of(textBlock.getBytes(StandardCharsets.UTF_8)).suspect());
    assertTrue(mentions("class A { char q = '\"'; Map m = new HashMap<>(); }", "HashMap"));
    assertTrue(mentions("class A { String s = \"a\\\"b\"; Map m = new HashMap<>(); }", "HashMap"));
    assertTrue(mentions("class A { /* x */ Map m = new HashMap<>(); // y\n}", "HashMap"));
    assertTrue(mentions("class A { char c = '\\''; Map m = new HashMap<>(); }", "HashMap"));
  }

  @Test
  void identifierScan_bracesInCommentsAndLiterals_doNotMakeAFileSuspect() {
    assertFalse(Identifiers.of("class A { String s = \"{\"; char c = '}'; /* { */ // {\n}".getBytes(StandardCharsets.UTF_8)).suspect());
    assertTrue(Identifiers.of("class A { /* never closed }".getBytes(StandardCharsets.UTF_8)).suspect());
  }

  @Test
  void brokenFiles_areSuspect_soTheyAreParsedAndReported() {
    assertTrue(Identifiers.of("class A {\n<<<<<<< HEAD\n int x;\n=======\n int y;\n>>>>>>> b\n}\n".getBytes(StandardCharsets.UTF_8)).suspect());
    assertTrue(Identifiers.of("class A {\n void m() {\n".getBytes(StandardCharsets.UTF_8)).suspect());
    assertFalse(Identifiers.of("class A { void m() { if (a >>> 2 == b) {} } }".getBytes(StandardCharsets.UTF_8)).suspect());
  }

  private static boolean mentions(String source, String name) {
    long[] ids = Identifiers.of(source.getBytes(StandardCharsets.UTF_8)).ids();
    return java.util.Arrays.binarySearch(ids, Identifiers.hash(name)) >= 0;
  }
}
