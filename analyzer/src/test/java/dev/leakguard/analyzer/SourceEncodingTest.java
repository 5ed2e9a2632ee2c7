package dev.leakguard.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sources in the build's encoding are read in it; in the wrong one they are a warning, not a silent miss. */
class SourceEncodingTest {
  private static final String LATIN1_LEAK = """
      package p;
      import java.util.*;
      public class Größen {
        private static final Map<String, String> MAßE = new HashMap<>();
        public static void merke(String k) { MAßE.put(k, "Maß"); }
      }
      """;
  private static final Charset LATIN1 = StandardCharsets.ISO_8859_1;

  @TempDir Path dir;

  private AnalysisResult analyze(AnalyzerConfig config) {
    return new Analyzer(config.withThreads(1)).analyze(List.of(dir));
  }

  @Test
  void latin1Sources_withTheirEncoding_areAnalysed() throws IOException {
    Files.createDirectories(dir.resolve("p"));
    Files.writeString(dir.resolve("p/Größen.java"), LATIN1_LEAK, LATIN1);
    AnalysisResult r = analyze(AnalyzerConfig.defaults().withEncoding(LATIN1));
    assertEquals(List.of(), r.diagnostics());
    assertEquals(1, r.findings().size());
    assertEquals("p.Größen.MAßE", r.findings().get(0).holder());
  }

  @Test
  void latin1Sources_readAsUtf8_sayWhichEncodingWasAssumed() throws IOException {
    Files.createDirectories(dir.resolve("p"));
    Files.writeString(dir.resolve("p/Größen.java"), LATIN1_LEAK, LATIN1);
    AnalysisResult r = analyze(AnalyzerConfig.defaults());
    assertTrue(r.diagnostics().stream().anyMatch(d -> d.message().startsWith("not valid UTF-8; read with replacement characters")),
        r.diagnostics().toString());
  }

  @Test
  void bytesNotValidInTheGivenEncoding_areAWarningNamingIt() throws IOException {
    Files.createDirectories(dir.resolve("p"));
    Files.write(dir.resolve("p/A.java"), "package p; class A { static final java.util.List<String> L = new java.util.ArrayList<>(); String s = \"\u00e9\"; }".getBytes(LATIN1));
    AnalysisResult r = analyze(AnalyzerConfig.defaults().withEncoding(StandardCharsets.US_ASCII));
    assertEquals(1, r.diagnostics().size(), r.diagnostics().toString());
    assertTrue(r.diagnostics().get(0).message().startsWith("not valid US-ASCII"), r.diagnostics().toString());
  }

  @Test
  void utf16Sources_areTranscoded() throws IOException {
    Files.createDirectories(dir.resolve("p"));
    Files.writeString(dir.resolve("p/Größen.java"), LATIN1_LEAK, StandardCharsets.UTF_16);
    AnalysisResult r = analyze(AnalyzerConfig.defaults().withEncoding(StandardCharsets.UTF_16));
    assertEquals(List.of(), r.diagnostics());
    assertEquals(1, r.findings().size());
  }
}
