package dev.leakguard.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakguard.analyzer.report.SarifReport;
import dev.leakguard.analyzer.report.TextReport;
import dev.leakguard.conformance.ConformanceCases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Odd input gives a diagnostic or a result, never an exception, a hang or a stack trace; one bad
 * file does not stop the others; output does not depend on the thread count.
 */
class HostileInputTest {
  private static final String LEAK = """
      package p;
      import java.util.*;
      public class Leak {
        private static final Map<String, String> SEEN = new HashMap<>();
        public static void see(String k) { SEEN.put(k, k); }
      }
      """;

  @TempDir Path dir;

  private AnalysisResult analyze(int threads) {
    return assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> new Analyzer(AnalyzerConfig.defaults().withThreads(threads)).analyze(List.of(dir)));
  }

  private void write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
  }

  private void assertLeakStillFound(AnalysisResult r) {
    assertEquals(1, r.findings().size(), () -> "findings: " + r.findings() + " diagnostics: " + r.diagnostics());
    assertTrue(r.findings().get(0).holder().equals("p.Leak.SEEN"));
  }

  @Test
  void truncatedFile_isAParseDiagnosticWithLine_andTheRestIsAnalysed() throws IOException {
    write("p/Leak.java", LEAK);
    write("p/Broken.java", "package p;\nimport java.util.*;\npublic class Broken {\n  static final List<String> L = new ArrayList<>();\n  void m() {\n    L.add(");
    AnalysisResult r = analyze(2);
    assertLeakStillFound(r);
    assertEquals(1, r.diagnostics().size());
    Diagnostic d = r.diagnostics().get(0);
    assertTrue(d.file().endsWith("Broken.java") && d.line() > 0 && d.message().startsWith("does not parse"), d.toString());
  }

  @Test
  void brokenFile_thatMentionsNoContainer_isStillReported() throws IOException {
    // Plainly broken files (unbalanced braces, conflict markers) are parsed whatever they mention.
    write("p/Leak.java", LEAK);
    write("p/Unrelated.java", "package p;\nclass Unrelated {\n  int x = ");
    assertEquals(1, analyze(2).diagnostics().size());
    AnalysisResult full = new Analyzer(AnalyzerConfig.defaults().withPrefilter(false)).analyze(List.of(dir));
    assertEquals(1, full.diagnostics().size());
  }

  @Test
  void byteOrderMark_isIgnored() throws IOException {
    Files.createDirectories(dir.resolve("p"));
    byte[] body = LEAK.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    Files.write(dir.resolve("p/Leak.java"), withBom);
    AnalysisResult r = analyze(1);
    assertLeakStillFound(r);
    assertEquals(List.of(), r.diagnostics());
  }

  @Test
  void latin1Bytes_inAUtf8Build_giveAWarning_andAResult() throws IOException {
    Files.createDirectories(dir.resolve("p"));
    Files.write(dir.resolve("p/Leak.java"), (LEAK + "// caf\u00e9 cr\u00e8me\n").getBytes(StandardCharsets.ISO_8859_1));
    AnalysisResult r = analyze(1);
    assertLeakStillFound(r);
    assertEquals(1, r.diagnostics().size());
    assertEquals(Diagnostic.Level.WARNING, r.diagnostics().get(0).level());
    assertTrue(r.diagnostics().get(0).message().contains("not valid UTF-8"));
  }

  @Test
  void deeplyNestedExpression_isADiagnosticOrAResult_notACrash() throws IOException {
    write("p/Leak.java", LEAK);
    String deep = "(".repeat(5000) + "1" + ")".repeat(5000);
    write("p/Deep.java", "package p;\nclass Deep {\n  int x = " + deep + ";\n  int y = " + "1 + ".repeat(5000) + "1;\n}\n");
    AnalysisResult r = analyze(2);
    assertLeakStillFound(r);
    assertTrue(r.diagnostics().size() <= 1, () -> r.diagnostics().toString());
  }

  @Test
  void classWithHundredThousandFields_isAnalysed() throws IOException {
    StringBuilder b = new StringBuilder("package p;\nimport java.util.*;\nclass Huge {\n");
    for (int i = 0; i < 100_000; i++) {
      b.append("  static final int F").append(i).append(" = ").append(i).append(";\n");
    }
    b.append("  static final List<String> L = new ArrayList<>();\n  public static void add(String s) { L.add(s); }\n}\n");
    write("p/Huge.java", b.toString());
    AnalysisResult r = analyze(2);
    assertEquals(List.of(), r.diagnostics());
    assertEquals(1, r.findings().size());
  }

  @Test
  void fileLargerThanTheLimit_isSkippedWithADiagnostic() throws IOException {
    write("p/Leak.java", LEAK);
    StringBuilder b = new StringBuilder("package p;\nclass Generated {\n");
    String line = "  // " + "x".repeat(1000) + "\n";
    while (b.length() < SourceParser.MAX_FILE_BYTES + 10) {
      b.append(line);
    }
    write("p/Generated.java", b.append("}\n").toString());
    AnalysisResult r = analyze(2);
    assertLeakStillFound(r);
    assertEquals(1, r.diagnostics().size());
    Diagnostic d = r.diagnostics().get(0);
    assertEquals(Diagnostic.Level.ERROR, d.level(), d.toString());
    assertTrue(d.message().startsWith("not analysed: 8.0 MiB, over the limit of 8.0 MiB for one file"), d.toString());
  }

  @Test
  void theSizeLimitIsAnOption() throws IOException {
    write("p/Leak.java", LEAK);
    AnalysisResult r = new Analyzer(AnalyzerConfig.defaults().withMaxFileBytes(100)).analyze(List.of(dir));
    assertEquals(List.of(), r.findings());
    assertTrue(r.hasErrors() && r.diagnostics().get(0).message().contains("over the limit of 0.0 MiB"), r.diagnostics().toString());
  }

  @Test
  void emptyFile_andDirectoryNamedLikeAJavaFile_areHarmless() throws IOException {
    write("p/Leak.java", LEAK);
    write("p/Empty.java", "");
    Files.createDirectories(dir.resolve("p/NotAFile.java"));
    AnalysisResult r = analyze(2);
    assertLeakStillFound(r);
    assertEquals(List.of(), r.diagnostics());
  }

  @Test
  void symlinkLoop_inTheSourceTree_terminates() throws IOException {
    write("p/Leak.java", LEAK);
    Files.createSymbolicLink(dir.resolve("p/loop"), dir.resolve("p"));
    AnalysisResult r = analyze(2);
    assertLeakStillFound(r);
  }

  @Test
  void output_isIdenticalAcrossThreadCounts() {
    Path cases = ConformanceCases.casesRoot();
    String reference = null;
    for (int threads : new int[] {1, 2, 8}) {
      AnalysisResult r = new Analyzer(AnalyzerConfig.defaults().withThreads(threads)).analyze(List.of(cases));
      String rendered = TextReport.render(r, cases, true) + SarifReport.render(r, cases);
      if (reference == null) {
        reference = rendered;
      } else {
        assertEquals(reference, rendered, "threads=" + threads);
      }
    }
  }
}
