package dev.leakguard.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakguard.analyzer.cli.Main;
import dev.leakguard.conformance.ConformanceCases;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: exit statuses, formats, usage and I/O errors. */
class MainTest {
  private static final String LEAKY = CaseStudy.LEAKY.toString();
  private static final String FIXED = CaseStudy.FIXED.toString();

  @TempDir Path dir;

  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void findings_exitOne_andPrintPathLineRuleMessage() {
    Run r = run("--root", CaseStudy.PROJECT.toString(), LEAKY);
    assertEquals(1, r.status(), r.err());
    assertTrue(r.out().contains(CaseStudy.PACKAGE_DIR + "DataTransformer.java:24: [UnboundedStaticCollection] Static map"
        + " 'DataTransformer.transformationHistory' grows at DataTransformer.java:45 in 'transform'"), r.out());
    assertTrue(r.out().contains("[UnboundedSingletonCollection] Map 'ResultCache.results'"), r.out());
    assertTrue(r.err().contains("2 unbounded collections"), r.err());
  }

  @Test
  void noFindings_exitZero() {
    assertEquals(0, run(FIXED).status());
  }

  @Test
  void sarifToFile_isWrittenAndValid() throws Exception {
    Path out = dir.resolve("reports/leakguard.sarif");
    Run r = run("--format", "sarif", "--output", out.toString(), LEAKY);
    assertEquals(1, r.status(), r.err());
    assertEquals("", r.out());
    assertTrue(SarifSchema.violations(Files.readString(out)).isEmpty());
  }

  @Test
  void explain_printsReasonsAndGrowthSites() {
    Run r = run("--explain", LEAKY);
    assertTrue(r.out().contains("confidence: high") && r.out().contains("grows at ") && r.out().contains("is static"), r.out());
  }

  @Test
  void writeBaseline_thenBaseline_silencesKnownFindings() {
    Path baseline = dir.resolve("baseline.json");
    assertEquals(0, run("--write-baseline", baseline.toString(), LEAKY).status());
    Run r = run("--baseline", baseline.toString(), LEAKY);
    assertEquals(0, r.status(), r.out() + r.err());
  }

  @Test
  void corruptBaseline_exitTwo_withMessage() throws Exception {
    Path baseline = dir.resolve("baseline.json");
    Files.writeString(baseline, "not json");
    Run r = run("--baseline", baseline.toString(), LEAKY);
    assertEquals(2, r.status());
    assertTrue(r.err().contains("not valid JSON") && r.err().contains(baseline.toString()), r.err());
  }

  @Test
  void usageErrors_exitTwo_withAClearMessage() {
    assertUsage("no source directories", run());
    assertUsage("unknown option '--bogus'", run("--bogus", LEAKY));
    assertUsage("--format must be text, sarif, github, markdown, rdjson or gitlab", run("--format", "xml", LEAKY));
    assertUsage("--threads must be at least 1", run("--threads", "0", LEAKY));
    assertUsage("--threads must be a whole number", run("--threads", "many", LEAKY));
    assertUsage("--output needs a value", run(LEAKY, "--output"));
    assertUsage("--post, --github-api-url, --repository, --pull-request and --token-env need --base-ref", run("--post", LEAKY));
    assertUsage("--base-ref writes the review payload: it takes no --format", run("--base-ref", "origin/main", "--format", "sarif", LEAKY));
    assertUsage("--pull-request must be at least 1", run("--base-ref", "origin/main", "--pull-request", "0", LEAKY));
  }

  @Test
  void judgeOptionValuesTheTableRefuses_exitTwo_withOneLineNamingTheOption() {
    assertOneLine("leakguard: --require-growth-evidence must be true or false, not 'maybe' (see --help)",
        run("--require-growth-evidence", "maybe", LEAKY));
    assertOneLine("leakguard: --weak-collections-evict must be true or false, not 'yes' (see --help)",
        run("--weak-collections-evict=yes", LEAKY));
    assertOneLine("leakguard: --singleton-annotations has 'app-scoped', which is not a simple or qualified Java name"
        + " (e.g. com.acme.Name) (see --help)", run("--singleton-annotations", "app-scoped", LEAKY));
    assertOneLine("leakguard: --bounded-types has 'com.acme.', which is not a simple or qualified Java name"
        + " (e.g. com.acme.Name) (see --help)", run("--bounded-types", "Ring,com.acme.", LEAKY));
    assertOneLine("leakguard: --strict (true) and --require-growth-evidence (true) contradict each other, one is the"
        + " opposite of the other: give one of them (see --help)", run("--strict", "--require-growth-evidence", "true", LEAKY));
  }

  @Test
  void strictAndRequireGrowthEvidenceFalse_areTheSameOption() {
    Run strict = run("--strict", FIXED);
    assertEquals(strict, run("--require-growth-evidence", "false", FIXED));
    assertEquals(strict, run("--require-growth-evidence=false", FIXED));
  }

  private static void assertOneLine(String expected, Run r) {
    assertEquals(2, r.status());
    assertEquals(expected + System.lineSeparator(), r.err());
  }

  @Test
  void missingSourceDirectory_exitTwo() {
    Run r = run(dir.resolve("nowhere").toString());
    assertEquals(2, r.status());
    assertTrue(r.err().contains("no such file or directory"), r.err());
  }

  @Test
  void unwritableOutput_exitTwo() throws Exception {
    Path blocker = dir.resolve("file");
    Files.writeString(blocker, "x");
    Run r = run("--output", blocker.resolve("sub/report.txt").toString(), LEAKY);
    assertEquals(2, r.status());
    assertTrue(r.err().contains("cannot write"), r.err());
  }

  @Test
  void helpAndVersion_exitZero() {
    assertTrue(run("--help").out().contains("usage: leakguard"));
    assertTrue(run("--version").out().startsWith("leakguard "));
  }

  @Test
  void runOptions_areCheckedAndUsed() throws Exception {
    assertUsage("--encoding must be a character set this Java knows", run("--encoding", "klingon", LEAKY));
    assertUsage("--max-file-size must be a size such as 16M", run("--max-file-size", "big", LEAKY));
    assertUsage("--max-file-size must be at least 1 byte", run("--max-file-size", "0", LEAKY));
    Run small = run("--max-file-size", "1K", LEAKY);
    assertEquals(3, small.status(), small.err());
    assertTrue(small.err().contains("DataTransformer.java: error: not analysed: ") && small.err().contains("over the limit of 0.0 MiB"),
        small.err());
    Run latin1 = run("--encoding", "ISO-8859-1", FIXED);
    assertEquals(0, latin1.status(), latin1.err());
  }

  @Test
  void baseline_saysHowManyFindingsItAccepted() {
    Path baseline = dir.resolve("baseline.json");
    Run write = run("--write-baseline", baseline.toString(), LEAKY);
    assertTrue(write.err().contains("wrote 2 fingerprints to " + baseline), write.err());
    Run r = run("--baseline", baseline.toString(), LEAKY);
    assertTrue(r.err().contains("0 unbounded collections in 0 files (0 high confidence), 2 accepted by the baseline"), r.err());
  }

  @Test
  void unreadableBaseline_saysWhy_notJustThePath() throws Exception {
    Path baseline = Files.createDirectories(dir.resolve("baseline.json"));
    Run r = run("--baseline", baseline.toString(), LEAKY);
    assertEquals(2, r.status());
    assertTrue(r.err().startsWith("leakguard: cannot read baseline file " + baseline + ": is a directory"), r.err());
  }

  private static void assertUsage(String expected, Run r) {
    assertEquals(2, r.status());
    assertTrue(r.err().contains(expected), () -> "expected '" + expected + "' in: " + r.err());
  }
}
