package dev.leakguard.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leakguard.analyzer.cli.Main;
import dev.leakguard.analyzer.report.RuntimeEvidence;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --runtime FILE}: the command line marks findings with leakguard-junit's measurements, as leakguard:check does. */
class CliRuntimeOptionTest {
  private static final String PKG = "dev.leakguard.examples.casestudy.";
  private static final String LEAKY = CaseStudy.LEAKY.toString();

  @TempDir
  Path dir;

  private Path runtime;

  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The history confirmed (matched by fingerprint), the cache flat (matched by holder name). */
  @BeforeEach
  void measured() throws Exception {
    runtime = dir.resolve(RuntimeEvidence.FILE_NAME);
    Files.writeString(runtime, """
        {"version": 1, "tool": "leakguard-junit test", "holders": [
          {"holder": "%1$sDataTransformer.transformationHistory",
           "fingerprint": "UnboundedStaticCollection:%1$sDataTransformer.transformationHistory",
           "verdict": "confirmed", "entriesPerIteration": 1.0, "test": "LoadTest#request"},
          {"holder": "%1$sResultCache.results", "verdict": "flat", "entriesPerIteration": 0.0, "test": "LoadTest#request"}
        ], "runs": []}
        """.formatted(PKG));
  }

  @Test
  void text_marksEachMeasuredFinding_andTheExitStatusStillFollowsTheFindings() {
    Run r = run("--runtime", runtime.toString(), LEAKY);
    assertEquals(1, r.status(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(2, lines.size(), r.out());
    assertTrue(lines.get(0).contains("DataTransformer.java:24: [UnboundedStaticCollection]")
        && lines.get(0).endsWith("(confirmed at run time: 1.000 entries/iteration in LoadTest#request)"), lines.get(0));
    assertTrue(lines.get(1).endsWith("(not confirmed under this load: flat in LoadTest#request)"), lines.get(1));
  }

  @Test
  void sarif_carriesTheRuntimeProperty_andStaysValid() throws Exception {
    Run r = run("--format=sarif", "--runtime=" + runtime, LEAKY);
    assertEquals(List.of(), SarifSchema.violations(r.out()));
    JsonNode results = new ObjectMapper().readTree(r.out()).get("runs").get(0).get("results");
    assertEquals("confirmed", results.get(0).get("properties").get("runtime").get("verdict").asText());
    assertEquals("flat", results.get(1).get("properties").get("runtime").get("verdict").asText());
  }

  @Test
  void withoutTheOption_nothingIsMarked() {
    Run r = run(LEAKY);
    assertTrue(!r.out().contains("at run time") && !r.out().contains("under this load"), r.out());
  }

  @Test
  void missingOrMalformedFile_exitsTwo_namingIt() throws Exception {
    Path missing = dir.resolve("nowhere/runtime.json");
    Run r = run("--runtime", missing.toString(), LEAKY);
    assertEquals(2, r.status());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("leakguard: --runtime: cannot read " + missing), r.err());
    Files.writeString(runtime, "{\"version\": 1, \"holders\": [");
    Run bad = run("--runtime", runtime.toString(), LEAKY);
    assertEquals(2, bad.status());
    assertTrue(bad.err().contains(runtime + " is not valid JSON"), bad.err());
  }

  @Test
  void otherFormatsAndModes_areAUsageError() {
    for (String[] args : List.of(
        new String[] {"--runtime", runtime.toString(), "--format", "github", LEAKY},
        new String[] {"--runtime", runtime.toString(), "--write-baseline", dir.resolve("b.json").toString(), LEAKY})) {
      Run r = run(args);
      assertEquals(2, r.status());
      assertTrue(r.err().startsWith("leakguard: --runtime marks the text and sarif reports"), r.err());
    }
  }

  @Test
  void help_namesTheOption() {
    assertTrue(run("--help").out().contains("--runtime FILE"));
  }
}
