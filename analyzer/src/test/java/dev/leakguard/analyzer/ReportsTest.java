package dev.leakguard.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leakguard.analyzer.report.SarifReport;
import dev.leakguard.analyzer.report.TextReport;
import dev.leakguard.conformance.ConformanceCase;
import dev.leakguard.conformance.ConformanceCases;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Text and SARIF reports of the case study: golden files, and SARIF against the official schema. */
class ReportsTest {
  private static final Path CASES = ConformanceCases.casesRoot();
  private static final Path PROJECT = CaseStudy.PROJECT;
  private static final Path LEAKY = CaseStudy.LEAKY;

  private static AnalysisResult leaky() {
    return new Analyzer(AnalyzerConfig.defaults().withThreads(1)).analyze(List.of(LEAKY));
  }

  @Test
  void textReport_matchesGolden() throws Exception {
    Golden.assertMatches("case-study.txt", TextReport.render(leaky(), PROJECT, false));
  }

  @Test
  void explainedTextReport_matchesGolden() throws Exception {
    Golden.assertMatches("case-study-explained.txt", TextReport.render(leaky(), PROJECT, true));
  }

  @Test
  void sarif_matchesGolden() throws Exception {
    String sarif = SarifReport.render(leaky(), PROJECT);
    String portable = sarif.replace(PROJECT.toAbsolutePath().normalize().toUri().toString(), "file:///PROJECT/");
    Golden.assertMatches("case-study.sarif", portable);
  }

  @Test
  void sarif_isValidAgainstTheSchema_forEveryConformanceCase() {
    for (ConformanceCase c : ConformanceCases.all()) {
      AnalysisResult r = new Analyzer(AnalyzerConfig.defaults().withOptions(c.options()).withThreads(1)).analyze(c.files());
      List<String> violations = SarifSchema.violations(SarifReport.render(r, CASES));
      assertTrue(violations.isEmpty(), () -> c.name() + ": " + violations);
    }
  }

  @Test
  void sarif_withDiagnostics_isValid() {
    AnalysisResult r = new AnalysisResult(List.of(), List.of(new Diagnostic("x/Broken.java", 3, Diagnostic.Level.ERROR, "does not parse")), 1);
    assertEquals(List.of(), SarifSchema.violations(SarifReport.render(r, Path.of("x"))));
    assertEquals(List.of(), SarifSchema.violations(SarifReport.render(r, null)));
  }

  @Test
  void sarif_caseStudy_hasFieldLocationGrowthSitesAndFingerprint() throws Exception {
    JsonNode run = new ObjectMapper().readTree(SarifReport.render(leaky(), PROJECT)).get("runs").get(0);
    assertEquals(3, run.get("tool").get("driver").get("rules").size());
    JsonNode results = run.get("results");
    assertEquals(2, results.size());
    JsonNode first = results.get(0);
    assertEquals("UnboundedStaticCollection", first.get("ruleId").asText());
    JsonNode loc = first.get("locations").get(0).get("physicalLocation");
    assertEquals(CaseStudy.PACKAGE_DIR + "DataTransformer.java", loc.get("artifactLocation").get("uri").asText());
    assertEquals("SRCROOT", loc.get("artifactLocation").get("uriBaseId").asText());
    assertEquals(24, loc.get("region").get("startLine").asInt());
    JsonNode growth = first.get("relatedLocations").get(0).get("physicalLocation");
    assertEquals(45, growth.get("region").get("startLine").asInt());
    assertEquals("UnboundedStaticCollection:dev.leakguard.examples.casestudy.DataTransformer.transformationHistory",
        first.get("partialFingerprints").get(SarifReport.FINGERPRINT_KEY).asText());
    assertTrue(first.path("properties").path("security-severity").isMissingNode());
    assertEquals("high", first.get("properties").get("confidence").asText());
  }
}
