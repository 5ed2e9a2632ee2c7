package dev.leakguard.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakguard.analyzer.report.TextReport;
import dev.leakguard.conformance.ConformanceCases;
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
    Path cases = ConformanceCases.casesRoot().resolve("cross-file");
    try (Stream<Path> s = Files.walk(cases)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        Path target = src.resolve(cases.relativize(p).toString());
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
  void secondRun_readsEveryFileFromTheCache_andReportsTheSame() throws IOException {
    Analyzer first = analyzer();
    AnalysisResult r1 = first.analyze(List.of(src));
    assertEquals(0, first.lastCacheHits());
    assertTrue(Files.isRegularFile(cache));
    Analyzer second = analyzer();
    AnalysisResult r2 = second.analyze(List.of(src));
    assertTrue(second.lastCacheHits() > 0 && second.lastCacheHits() <= javaFiles(src));
    assertEquals(TextReport.render(r1, src, true), TextReport.render(r2, src, true));
  }

  @Test
  void touchingOneFile_parsesOnlyThatFileAgain() throws IOException {
    Analyzer first = analyzer();
    first.analyze(List.of(src));
    Path touched = src.resolve("case-study-leaky/DataTransformer.java");
    Files.writeString(touched, Files.readString(touched).replace("// audit trail for support tickets", "// audit trail"));
    Analyzer second = analyzer();
    AnalysisResult r = second.analyze(List.of(src));
    Analyzer uncached = new Analyzer(AnalyzerConfig.defaults().withThreads(2));
    AnalysisResult expected = uncached.analyze(List.of(src));
    assertEquals(TextReport.render(expected, src, true), TextReport.render(r, src, true));
    Analyzer third = analyzer();
    third.analyze(List.of(src));
    assertEquals(second.lastCacheHits() + 1, third.lastCacheHits(), "only the touched file was parsed again");
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
}
