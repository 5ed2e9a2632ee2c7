package dev.leakguard.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leakguard.analyzer.report.RuntimeEvidence;
import dev.leakguard.analyzer.report.SarifReport;
import dev.leakguard.analyzer.report.TextReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What leakguard-junit measured, marked on the case study's findings in the text and SARIF reports. */
class RuntimeEvidenceTest {
  private static final String PKG = "dev.leakguard.examples.casestudy.";

  @TempDir
  Path dir;

  private static AnalysisResult leaky() {
    return new Analyzer(AnalyzerConfig.defaults().withThreads(1)).analyze(List.of(CaseStudy.LEAKY));
  }

  /** The history confirmed (matched by fingerprint), the cache flat (matched by holder name only). */
  private RuntimeEvidence measured() throws IOException {
    Files.writeString(dir.resolve(RuntimeEvidence.FILE_NAME), """
        {"version": 1, "tool": "leakguard-junit test", "holders": [
          {"holder": "%1$sDataTransformer.transformationHistory",
           "fingerprint": "UnboundedStaticCollection:%1$sDataTransformer.transformationHistory",
           "verdict": "confirmed", "entriesPerIteration": 0.998, "test": "LoadTest#request"},
          {"holder": "%1$sResultCache.results", "verdict": "flat", "entriesPerIteration": 0.0, "test": "LoadTest#request"}
        ], "runs": []}
        """.formatted(PKG));
    return RuntimeEvidence.in(dir);
  }

  @Test
  void textReport_marksEachMeasuredFinding() throws Exception {
    String text = TextReport.render(leaky(), CaseStudy.PROJECT, false, measured());
    String[] lines = text.split("\n");
    assertEquals(2, lines.length, text);
    assertTrue(lines[0].endsWith("(confirmed at run time: 0.998 entries/iteration in LoadTest#request)"), lines[0]);
    assertTrue(lines[1].endsWith("(not confirmed under this load: flat in LoadTest#request)"), lines[1]);
  }

  @Test
  void sarif_carriesTheRuntimeVerdictAndTheHolder_andStaysValid() throws Exception {
    String sarif = SarifReport.render(leaky(), CaseStudy.PROJECT, measured());
    assertEquals(List.of(), SarifSchema.violations(sarif));
    JsonNode results = new ObjectMapper().readTree(sarif).get("runs").get(0).get("results");
    JsonNode history = results.get(0).get("properties");
    assertEquals(PKG + "DataTransformer", history.get(SarifReport.HOLDER_CLASS_KEY).asText());
    assertEquals("transformationHistory", history.get(SarifReport.HOLDER_FIELD_KEY).asText());
    assertEquals("confirmed", history.get("runtime").get("verdict").asText());
    assertEquals(0.998, history.get("runtime").get("entriesPerIteration").asDouble());
    assertEquals("flat", results.get(1).get("properties").get("runtime").get("verdict").asText());
  }

  @Test
  void noFile_marksNothing() throws Exception {
    assertSame(RuntimeEvidence.NONE, RuntimeEvidence.in(dir));
    assertEquals(TextReport.render(leaky(), CaseStudy.PROJECT, false), TextReport.render(leaky(), CaseStudy.PROJECT, false, RuntimeEvidence.NONE));
  }

  @Test
  void malformedFile_isAnErrorNamingIt() throws Exception {
    Path file = dir.resolve(RuntimeEvidence.FILE_NAME);
    Files.writeString(file, "{\"version\": 1, \"holders\": [");
    IOException e = assertThrows(IOException.class, () -> RuntimeEvidence.read(file));
    assertTrue(e.getMessage().contains(RuntimeEvidence.FILE_NAME) && e.getMessage().contains("not valid JSON"), e.getMessage());
    Files.writeString(file, "{\"version\": 7, \"holders\": []}");
    IOException v = assertThrows(IOException.class, () -> RuntimeEvidence.read(file));
    assertTrue(v.getMessage().contains("format version 1"), v.getMessage());
  }

  @Test
  void malformedFileInTheReportDirectory_marksNothing_andSaysWhy() throws Exception {
    Files.writeString(dir.resolve(RuntimeEvidence.FILE_NAME), "not json");
    RuntimeEvidence r = RuntimeEvidence.in(dir);
    assertTrue(r.isEmpty());
    assertTrue(r.problem().contains(RuntimeEvidence.FILE_NAME) && r.problem().contains("run the tests again"), r.problem());
    assertEquals(null, measured().problem());
  }
}
