package dev.leakguard.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakguard.analyzer.report.TextReport;
import dev.leakguard.conformance.ConformanceCase;
import dev.leakguard.conformance.ConformanceCases;
import dev.leakguard.core.Options;
import dev.leakguard.core.options.LeakguardOption;
import dev.leakguard.core.options.ValueType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second run on unchanged sources parses nothing; a touched file is parsed again; the cache is disposable. */
class FactsCacheTest {
  @TempDir Path dir;
  private Path src;
  private Path cache;

  @BeforeEach
  void copyCases() throws IOException {
    src = dir.resolve("src");
    cache = dir.resolve("target/leakguard/cache.bin");
    for (ConformanceCase c : ConformanceCases.crossFile()) {
      Path caseDir = src.resolve(c.name().substring(c.name().indexOf('/') + 1));
      for (Path p : c.files()) {
        Path target = caseDir.resolve(c.root().relativize(p).toString());
        Files.createDirectories(target.getParent());
        Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private Analyzer analyzer() {
    return new Analyzer(AnalyzerConfig.defaults().withThreads(2).withCacheFile(cache));
  }

  private static int javaFiles(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return (int) s.filter(p -> p.toString().endsWith(".java")).count();
    }
  }

  @Test
  void everyOptionOfTheTable_isPartOfTheStoredResultsKey() throws IOException {
    AnalysisResult precise = analyzer().analyze(List.of(src));
    for (LeakguardOption option : LeakguardOption.values()) {
      String other = option.type() == ValueType.BOOLEAN
          ? Boolean.toString(!Boolean.parseBoolean(option.defaultText())) : "com.acme.Other";
      Options changed = option.with(Options.DEFAULT, other);
      Analyzer withOption = new Analyzer(AnalyzerConfig.defaults().withThreads(2).withCacheFile(cache).withOptions(changed));
      AnalysisResult r = withOption.analyze(List.of(src));
      assertEquals(TextReport.render(new Analyzer(AnalyzerConfig.defaults().withThreads(2).withOptions(changed)).analyze(List.of(src)), src, true),
          TextReport.render(r, src, true), option.key() + " changed: the stored result of other options must not answer");
    }
    assertEquals(TextReport.render(precise, src, true), TextReport.render(analyzer().analyze(List.of(src)), src, true));
  }

  @Test
  void secondRun_onUnchangedSources_parsesNothing_andReportsTheSame() throws IOException {
    Analyzer first = analyzer();
    AnalysisResult r1 = first.analyze(List.of(src));
    assertEquals(0, first.lastCacheHits());
    assertTrue(first.lastFilesParsed() > 0);
    assertTrue(Files.isRegularFile(cache));
    Analyzer second = analyzer();
    AnalysisResult r2 = second.analyze(List.of(src));
    assertEquals(0, second.lastFilesParsed());
    assertEquals(javaFiles(src), second.lastCacheHits(), "answered from the stored result");
    assertEquals(TextReport.render(r1, src, true), TextReport.render(r2, src, true));
  }

  @Test
  void touchingOneFile_parsesOnlyThatFileAgain() throws IOException {
    analyzer().analyze(List.of(src));
    Path touched = src.resolve("case-study-leaky/dev/leakguard/examples/casestudy/DataTransformer.java");
    Files.writeString(touched, Files.readString(touched).replace("// audit trail for support tickets", "// audit trail"));
    Analyzer second = analyzer();
    AnalysisResult r = second.analyze(List.of(src));
    assertEquals(1, second.lastFilesParsed(), "only the touched file was parsed again");
    AnalysisResult expected = new Analyzer(AnalyzerConfig.defaults().withThreads(2)).analyze(List.of(src));
    assertEquals(TextReport.render(expected, src, true), TextReport.render(r, src, true));
  }

  @Test
  void anEditThatKeepsSizeAndTimeStamp_soonAfterTheRun_isStillSeen() throws IOException {
    Path touched = src.resolve("case-study-leaky/dev/leakguard/examples/casestudy/DataTransformer.java");
    analyzer().analyze(List.of(src));
    java.nio.file.attribute.FileTime recorded = Files.getLastModifiedTime(touched);
    String text = Files.readString(touched);
    Files.writeString(touched, text.replace("transformationHistory.put(", "transformationHistory.get("));
    Files.setLastModifiedTime(touched, recorded);
    Analyzer second = analyzer();
    AnalysisResult r = second.analyze(List.of(src));
    assertEquals(1, second.lastFilesParsed(), "same size, same time stamp, but written within the racy window");
    AnalysisResult expected = new Analyzer(AnalyzerConfig.defaults().withThreads(2)).analyze(List.of(src));
    assertEquals(TextReport.render(expected, src, true), TextReport.render(r, src, true));
  }

  @Test
  void anEditThatMakesOtherFilesMatter_readsThem_thoughTheLastRunSkippedThem() throws IOException {
    Path project = dir.resolve("project/com/acme");
    Files.createDirectories(project);
    Path registry = project.resolve("Registry.java");
    Files.writeString(registry, "package com.acme;\n\npublic final class Registry {\n}\n");
    Files.writeString(project.resolve("Handler.java"), """
        package com.acme;

        public class Handler {
          public void handle(String id) {
            Registry.SEEN.put(id, id);
          }
        }
        """);
    List<Path> roots = List.of(dir.resolve("project"));
    assertEquals(List.of(), analyzer().analyze(roots).findings());
    Files.writeString(registry, """
        package com.acme;

        public final class Registry {
          public static final java.util.Map<String, String> SEEN = new java.util.HashMap<>();
        }
        """);
    AnalysisResult second = analyzer().analyze(roots);
    AnalysisResult fresh = new Analyzer(AnalyzerConfig.defaults().withThreads(2)).analyze(roots);
    assertEquals(1, fresh.findings().size());
    assertEquals(TextReport.render(fresh, dir, true), TextReport.render(second, dir, true));
  }

  @Test
  void anEditThatLeavesTheFactsAsTheyWere_isParsed_butNothingIsJudgedAgain() throws IOException {
    Path project = dir.resolve("project/com/acme");
    Files.createDirectories(project);
    Path handler = project.resolve("Handler.java");
    Files.writeString(handler, """
        package com.acme;

        public class Handler {
          static final java.util.Map<String, String> SEEN = new java.util.HashMap<>();

          public void handle(String id) {
            SEEN.put(id, id);
          }
        }
        """);
    List<Path> roots = List.of(dir.resolve("project"));
    AnalysisResult first = analyzer().analyze(roots);
    assertEquals(1, first.findings().size());
    Files.writeString(handler, Files.readString(handler).replace("SEEN.put(id, id);", "SEEN.put(id, id); // every id"));
    Analyzer second = analyzer();
    AnalysisResult r = second.analyze(roots);
    assertEquals(1, second.lastFilesParsed(), "its code changed: parsed again");
    assertTrue(!second.lastRunJudged(), "its facts came out as recorded: the stored result answers");
    assertEquals(TextReport.render(new Analyzer(AnalyzerConfig.defaults().withThreads(2)).analyze(roots), dir, true),
        TextReport.render(r, dir, true));
  }

  @Test
  void changedOptions_areNotAnsweredFromTheStoredResult() throws IOException {
    analyzer().analyze(List.of(src));
    Analyzer strict = new Analyzer(AnalyzerConfig.defaults().withThreads(2).withCacheFile(cache)
        .withOptions(dev.leakguard.core.Options.DEFAULT.withRequireGrowthEvidence(false)));
    AnalysisResult r = strict.analyze(List.of(src));
    AnalysisResult expected = new Analyzer(AnalyzerConfig.defaults().withThreads(2)
        .withOptions(dev.leakguard.core.Options.DEFAULT.withRequireGrowthEvidence(false))).analyze(List.of(src));
    assertEquals(TextReport.render(expected, src, true), TextReport.render(r, src, true));
    assertEquals(0, strict.lastFilesParsed(), "the facts are reused, only the judgement differs");
  }

  @Test
  void corruptCache_isIgnored() throws IOException {
    Files.createDirectories(cache.getParent());
    Files.writeString(cache, "not a cache");
    Analyzer a = analyzer();
    AnalysisResult r = a.analyze(List.of(src));
    assertEquals(0, a.lastCacheHits());
    assertEquals(List.of(), r.diagnostics());
    assertTrue(!r.findings().isEmpty());
  }

  @Test
  void aCacheCutShort_inItsHeadOrInItsFiles_isIgnored_andTheResultIsACold_runs() throws IOException {
    Analyzer coldRun = new Analyzer(AnalyzerConfig.defaults().withThreads(2));
    String cold = TextReport.render(coldRun.analyze(List.of(src)), src, true);
    analyzer().analyze(List.of(src));
    byte[] whole = Files.readAllBytes(cache);
    for (int length : new int[] {40, whole.length / 2, whole.length - 1}) {
      Files.write(cache, java.util.Arrays.copyOf(whole, length));
      Analyzer a = analyzer();
      AnalysisResult r = a.analyze(List.of(src));
      assertEquals(0, a.lastCacheHits(), "cut at " + length + " of " + whole.length);
      assertEquals(coldRun.lastFilesParsed(), a.lastFilesParsed(), "every file the pre-filter wants is read again");
      assertEquals(cold, TextReport.render(r, src, true));
    }
  }

  @Test
  void anUnchangedRun_answersFromTheHead_andLeavesTheCacheAsItWas() throws IOException {
    // written well before the cache, so that their size and time stamp are trusted (no hashing again)
    java.nio.file.attribute.FileTime anHourAgo = java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
    try (Stream<Path> s = Files.walk(src)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(p, anHourAgo);
      }
    }
    analyzer().analyze(List.of(src));
    byte[] before = Files.readAllBytes(cache);
    Analyzer a = analyzer();
    a.analyze(List.of(src));
    assertEquals(0, a.lastFilesParsed());
    assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(cache)), "nothing to write: the cache is not rewritten");
    // read only in its head, the cache is still whole for the next run: an edited file is the only one parsed
    Path some;
    try (Stream<Path> s = Files.walk(src)) {
      some = s.filter(p -> p.toString().endsWith(".java")).sorted().findFirst().orElseThrow();
    }
    Files.writeString(some, Files.readString(some).replaceFirst("\\{", "{ int unusedForTest;"));
    Analyzer after = analyzer();
    AnalysisResult r = after.analyze(List.of(src));
    assertTrue(after.lastFilesParsed() <= 1, "parsed: " + after.lastFilesParsed());
    assertEquals(TextReport.render(new Analyzer(AnalyzerConfig.defaults().withThreads(2)).analyze(List.of(src)), src, true),
        TextReport.render(r, src, true));
  }
}
