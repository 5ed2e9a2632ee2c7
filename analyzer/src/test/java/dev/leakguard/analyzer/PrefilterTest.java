package dev.leakguard.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakguard.analyzer.report.TextReport;
import dev.leakguard.conformance.ConformanceCase;
import dev.leakguard.conformance.ConformanceCases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
  void identifierScan_aPlainImportUsesNothing_aStaticImportDoes() {
    Identifiers.Scan scan = Identifiers.of(("import a.Holder;\nimport static b.Registry.SERVICES;\n"
        + "/** See {@link Holder}. */\nclass A { void m() { SERVICES.clear(); } }").getBytes(StandardCharsets.UTF_8));
    assertFalse(java.util.Arrays.binarySearch(scan.ids(), Identifiers.hash("Holder")) >= 0);
    assertTrue(scan.namesOrImports(Identifiers.hash("Holder")));
    assertTrue(java.util.Arrays.binarySearch(scan.ids(), Identifiers.hash("Registry")) >= 0);
    assertTrue(java.util.Arrays.binarySearch(scan.ids(), Identifiers.hash("SERVICES")) >= 0);
    assertFalse(java.util.Arrays.binarySearch(scan.declarationIds(), Identifiers.hash("Registry")) >= 0);
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

  @Test
  void declarationScan_countsFieldsInitializersAndAssignments_notLocals() {
    String source = """
        import java.util.ArrayList;
        import java.util.HashSet;
        class A {
          private final Map<String, String> byName = new HashMap<>();
          private final Map<String, String> assignedInConstructor;
          private static Map<String, String> lazy;
          static final Runnable INIT = () -> { new ConcurrentHashMap<>(); };
          static { new TreeMap<>(); }
          A() { this.assignedInConstructor = new LinkedHashMap<>(); }
          List<String> names(int n) throws java.io.IOException, IllegalStateException {
            List<String> out = new ArrayList<>();
            var seen = new HashSet<String>();
            Deque<String>[] queues = new ArrayDeque[2];
            return out;
          }
          static Map<String, String> lazy() {
            if (lazy == null) {
              lazy = new WeakHashMap<>();
            }
            return lazy;
          }
          record Pair(List<String> left) {
            Pair { var copy = new LinkedList<String>(); }
            void m() { Other.cache = new IdentityHashMap<>(); }
          }
        }
        """;
    for (String declared : List.of("HashMap", "ConcurrentHashMap", "TreeMap", "LinkedHashMap", "WeakHashMap", "IdentityHashMap", "LinkedList")) {
      assertTrue(declares(source, declared), declared);
    }
    for (String local : List.of("ArrayList", "HashSet", "ArrayDeque", "out", "seen")) {
      assertFalse(declares(source, local), local);
      assertTrue(mentions(source, local), local);
    }
  }

  @Test
  void aNestedClassThatMatters_selectsFilesNamingItWithItsEnclosingClass_notEveryClassOfThatName(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("Outer.java"), """
        import java.util.HashMap;
        import java.util.Map;
        public class Outer {
          public static class Entry {
            public static final Map<String, String> BY_KEY = new HashMap<>();
          }
        }
        """);
    Files.writeString(dir.resolve("Grower.java"), """
        public class Grower {
          public void remember(String key, String value) { Outer.Entry.BY_KEY.put(key, value); }
        }
        """);
    Files.writeString(dir.resolve("Unrelated.java"), """
        public class Unrelated {
          public String key(java.util.Map.Entry<String, String> e) { return e.getKey(); }
        }
        """);
    Analyzer analyzer = new Analyzer(AnalyzerConfig.defaults().withThreads(1));
    AnalysisResult result = analyzer.analyze(List.of(dir));
    assertEquals(1, result.findings().size(), TextReport.render(result, dir, true));
    assertTrue(TextReport.render(result, dir, false).contains("Grower.java"), "the growth in the other file is found");
    assertEquals(2, analyzer.lastFilesParsed(), "Unrelated.java names an Entry, but not Outer's: it is not parsed");
  }

  @Test
  void aKeyTypeFile_isReadForItsDeclarationsOnly_andStillBoundsTheMap(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("Labels.java"), """
        import java.util.HashMap;
        import java.util.Map;
        public class Labels {
          static final Map<Color, String> BY_COLOR = new HashMap<>();
          public static void label(Color c, String text) { BY_COLOR.put(c, text); }
        }
        """);
    Files.writeString(dir.resolve("Color.java"), """
        public enum Color {
          RED, GREEN;
          public Color next() {
            return switch (this) { case RED -> GREEN; case GREEN -> RED; };
          }
        }
        """);
    AnalysisResult result = new Analyzer(AnalyzerConfig.defaults().withThreads(1)).analyze(List.of(dir));
    assertEquals(List.of(), result.findings(), "an enum key bounds the map, read from Color.java's declarations");
    assertEquals(List.of(), result.diagnostics());
  }

  /**
   * What the pre-filter learns depends on the facts it was given, not on their order: a subclass
   * of a class that matters matters too, though its file came first (a plan's check learns from
   * every file at once, in an order other than the rounds').
   */
  @Test
  void learning_isTheSameWhateverTheOrderOfTheFiles(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("AMap.java"), "public class AMap extends java.util.HashMap<String, String> {}\n");
    Files.writeString(dir.resolve("Base.java"), "public class Base { public static final AMap BY_NAME = new AMap(); }\n");
    Files.writeString(dir.resolve("Zed.java"), "public class Zed extends Base { public void note(String k) { BY_NAME.put(k, k); } }\n");
    SourceParser parser = new SourceParser(dev.leakguard.core.catalog.Catalog.buildDefault(),
        new SourceBytes(StandardCharsets.UTF_8, SourceParser.MAX_FILE_BYTES));
    var aMap = parser.read(dir.resolve("AMap.java")).facts();
    var base = parser.read(dir.resolve("Base.java")).facts();
    var zed = parser.read(dir.resolve("Zed.java")).facts();
    Prefilter inOrder = new Prefilter(dev.leakguard.core.catalog.Catalog.buildDefault());
    inOrder.learn(List.of(aMap, base, zed));
    assertTrue(inOrder.state().wanted().contains("Zed"), inOrder.wantedForDebug());
    Map<String, List<List<dev.leakguard.analyzer.reader.FileFacts>>> orders = Map.of(
        "Zed, Base, AMap", List.of(List.of(zed, base, aMap)),
        "Base, Zed, AMap", List.of(List.of(base, zed, aMap)),
        "AMap and Zed, then Base", List.of(List.of(aMap, zed), List.of(base)), // as in rounds
        "Zed, then Base, then AMap", List.of(List.of(zed), List.of(base), List.of(aMap)));
    for (var order : orders.entrySet()) {
      Prefilter other = new Prefilter(dev.leakguard.core.catalog.Catalog.buildDefault());
      order.getValue().forEach(other::learn);
      assertEquals(inOrder.state(), other.state(), order.getKey());
      assertTrue(other.learnedWithin(inOrder.state()) && inOrder.learnedWithin(other.state()));
    }
  }

  @Test
  void withoutBodies_emptiesEveryMethodAndConstructorBody_keepingLinesAndDeclarations() {
    String source = "class A {\n  static int n = 1;\n  A() { n++; }\n  int m(int x) throws Exception {\n    return x + n; // é\n  }\n}\n";
    byte[] bytes = source.getBytes(StandardCharsets.UTF_8);
    String emptied = new String(Identifiers.withoutBodies(bytes, Identifiers.of(bytes).bodies()), StandardCharsets.UTF_8);
    assertEquals(source.lines().count(), emptied.lines().count());
    assertEquals(bytes.length, emptied.getBytes(StandardCharsets.UTF_8).length);
    assertTrue(emptied.contains("static int n = 1;"));
    assertFalse(emptied.contains("n++"));
    assertFalse(emptied.contains("return"));
    assertTrue(emptied.contains("int m(int x) throws Exception {"));
  }

  private static boolean declares(String source, String name) {
    long[] ids = Identifiers.of(source.getBytes(StandardCharsets.UTF_8)).declarationIds();
    return java.util.Arrays.binarySearch(ids, Identifiers.hash(name)) >= 0;
  }

  private static boolean mentions(String source, String name) {
    long[] ids = Identifiers.of(source.getBytes(StandardCharsets.UTF_8)).ids();
    return java.util.Arrays.binarySearch(ids, Identifiers.hash(name)) >= 0;
  }
}
