package dev.leakguard.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leakguard.analyzer.report.GithubActions;
import dev.leakguard.analyzer.report.GithubAnnotations;
import dev.leakguard.analyzer.report.GitlabCodeQuality;
import dev.leakguard.analyzer.report.MarkdownSummary;
import dev.leakguard.analyzer.report.RdjsonReport;
import dev.leakguard.analyzer.report.SarifReport;
import dev.leakguard.analyzer.review.ReviewItem;
import dev.leakguard.analyzer.review.ReviewPayload;
import dev.leakguard.conformance.ConformanceCases;
import dev.leakguard.core.Confidence;
import dev.leakguard.core.Finding;
import dev.leakguard.core.FindingKind;
import dev.leakguard.core.GrowthSite;
import dev.leakguard.core.RuleId;
import dev.leakguard.core.model.Location;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pull-request report writers: annotations, markdown summary, rdjson, GitLab Code Quality. */
class PullRequestSurfacesTest {
  private static final Path PROJECT = CaseStudy.PROJECT;
  private static final Path LEAKY = CaseStudy.LEAKY;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static List<Finding> leaky() {
    return new Analyzer(AnalyzerConfig.defaults().withThreads(1)).analyze(List.of(LEAKY)).findings();
  }

  private static Finding finding(int i, Confidence confidence) {
    Location at = new Location("src/C" + i + ".java", 10 + i, 3);
    return new Finding(RuleId.UnboundedStaticCollection, FindingKind.GROWTH, confidence, "com.acme.C" + i + ".F", at,
        List.of(new GrowthSite(new Location("src/C" + i + ".java", 20 + i, 5), "m", "put", confidence == Confidence.HIGH)),
        "Static map 'C" + i + ".F' grows at C" + i + ".java:" + (20 + i) + " in 'm': 100% of it, a, b", List.of("step"));
  }

  @Test
  void github_matchesGolden() throws Exception {
    Golden.assertMatches("case-study.github.txt", GithubAnnotations.render(leaky(), PROJECT, 10, "target/leakguard/leakguard.sarif"));
  }

  @Test
  void markdown_matchesGolden() throws Exception {
    Golden.assertMatches("case-study.md", MarkdownSummary.render(leaky(), PROJECT, null, null));
  }

  @Test
  void rdjson_matchesGolden() throws Exception {
    Golden.assertMatches("case-study.rdjson", RdjsonReport.render(leaky(), PROJECT));
  }

  @Test
  void gitlab_matchesGolden() throws Exception {
    Golden.assertMatches("case-study.gitlab.json", GitlabCodeQuality.render(leaky(), PROJECT));
  }

  /** The case study as a change would show it: one finding on an added growth site, one on a new declaration. */
  @Test
  void reviewPayload_matchesGolden() throws Exception {
    List<Finding> f = leaky();
    String dt = CaseStudy.PACKAGE_DIR + "DataTransformer.java";
    String rc = CaseStudy.PACKAGE_DIR + "ResultCache.java";
    List<ReviewItem> items = List.of(new ReviewItem(f.get(0), dt, 45, f.get(0).growthSites().get(0), dt),
        new ReviewItem(f.get(1), rc, 21, null, rc));
    Golden.assertMatches("case-study.review.json", ReviewPayload.render(ReviewPayload.build("0123456789abcdef0123456789abcdef01234567", items)));
  }

  @Test
  void reviewPayload_holdsThirtyComments_andSummarisesTheRest() throws Exception {
    List<ReviewItem> items = new ArrayList<>();
    for (int i = 0; i < 32; i++) {
      Finding f = finding(i, Confidence.HIGH);
      items.add(new ReviewItem(f, f.location().file(), f.growthSites().get(0).location().line(), f.growthSites().get(0), f.location().file()));
    }
    JsonNode payload = JSON.readTree(ReviewPayload.render(ReviewPayload.build("abc", items)));
    assertEquals(30, payload.get("comments").size());
    String body = payload.get("body").asText();
    assertTrue(body.contains("found 32 collections") && body.contains("the other 2"), body);
    assertTrue(body.contains("- `src/C30.java:50` `UnboundedStaticCollection` `C30.F`") && body.contains("`src/C31.java:51`"), body);
    for (JsonNode c : payload.get("comments")) {
      assertEquals(1, ReviewPayload.fingerprintsIn(c.get("body").asText()).size());
    }
    assertEquals(java.util.Set.of("UnboundedStaticCollection:com.acme.C0.F"),
        ReviewPayload.fingerprintsIn(payload.get("comments").get(0).get("body").asText()));
  }

  @Test
  void github_showsTenHighConfidenceFirst_andSaysHowManyMore() {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      findings.add(finding(i, i >= 9 ? Confidence.HIGH : Confidence.NORMAL));
    }
    List<String> lines = GithubAnnotations.render(findings, Path.of("").toAbsolutePath(), 10, "target/leakguard/leakguard.sarif").lines().toList();
    assertEquals(11, lines.size(), String.join("\n", lines));
    assertTrue(lines.get(0).startsWith("::warning file=src/C10.java,line=20,col=3,title=leakguard UnboundedStaticCollection (high confidence)::"), lines.get(0));
    assertTrue(lines.get(2).contains("C9.java"), lines.get(2));
    assertTrue(lines.get(3).contains("(normal confidence)"), lines.get(3));
    assertEquals("leakguard: 2 more findings are not shown as annotations (GitHub shows 10 per step); all 12 are in"
        + " target/leakguard/leakguard.sarif", lines.get(10));
    // workflow-command escaping: % in the message, , and : in properties
    assertTrue(lines.get(0).endsWith("::Static map 'C10.F' grows at C10.java:30 in 'm': 100%25 of it, a, b"), lines.get(0));
    assertEquals("a%2Cb%3Ac%25", GithubAnnotations.property("a,b:c%"));
  }

  @Test
  void github_noFindings_printsNothing() {
    assertEquals("", GithubAnnotations.render(List.of(), PROJECT, 10, "x"));
  }

  @Test
  void markdown_linksToTheCommitInActions_andSaysWhenThereIsNothing() {
    GithubActions gh = GithubActions.from(Map.of("GITHUB_ACTIONS", "true", "GITHUB_SERVER_URL", "https://github.com",
        "GITHUB_REPOSITORY", "acme/shop", "GITHUB_SHA", "abc123", "GITHUB_WORKSPACE", PROJECT.toString()));
    String md = MarkdownSummary.render(leaky(), LEAKY, gh.linkBase(LEAKY), "2 findings are accepted by the baseline.");
    assertTrue(md.contains("[DataTransformer.java:24](https://github.com/acme/shop/blob/abc123/" + CaseStudy.PACKAGE_DIR + "DataTransformer.java#L24)"), md);
    assertTrue(md.contains("2 findings are accepted by the baseline."), md);
    assertTrue(md.startsWith(MarkdownSummary.MARKER + "\n"), md);
    String none = MarkdownSummary.render(List.of(), LEAKY, null, null);
    assertTrue(none.contains("no unbounded collections"), none);
  }

  @Test
  void actions_linkBaseNamesTheModuleUnderTheWorkspace_andNothingElse() {
    GithubActions gh = GithubActions.from(Map.of("GITHUB_SERVER_URL", "https://github.com/", "GITHUB_REPOSITORY", "acme/shop",
        "GITHUB_SHA", "abc123", "GITHUB_WORKSPACE", "/work/shop"));
    assertEquals("https://github.com/acme/shop/blob/abc123/web/api/", gh.linkBase(Path.of("/work/shop/./web/api")));
    assertEquals("https://github.com/acme/shop/blob/abc123/", gh.linkBase(Path.of("/work/shop")));
    assertEquals("https://github.com/acme/shop/blob/abc123/", gh.linkBase(Path.of("/work/shopping")));
    assertEquals(null, GithubActions.from(Map.of("GITHUB_WORKSPACE", "/work/shop")).linkBase(Path.of("/work/shop")));
  }

  @Test
  void actions_annotationRootIsTheWorkspace_andStepSummaryAppends() throws Exception {
    GithubActions gh = GithubActions.from(Map.of("GITHUB_WORKSPACE", PROJECT.toString()));
    assertEquals(PROJECT, gh.annotationRoot(LEAKY));
    assertEquals(dir.toAbsolutePath().normalize(), gh.annotationRoot(dir));
    assertTrue(!GithubActions.from(Map.of()).active() && GithubActions.from(Map.of("GITHUB_ACTIONS", "true")).active());
    Path summary = dir.resolve("step_summary.md");
    GithubActions.appendStepSummary(summary, "one");
    GithubActions.appendStepSummary(summary, "two\n");
    assertEquals("one\n\ntwo\n\n", Files.readString(summary));
  }

  @Test
  void actions_publish_writesSummaryAppendsStepSummaryAndReturnsAnnotationsRelativeToTheWorkspace() throws Exception {
    Path step = dir.resolve("step.md");
    GithubActions gh = GithubActions.from(Map.of("GITHUB_ACTIONS", "true", "GITHUB_WORKSPACE", PROJECT.toString(),
        "GITHUB_STEP_SUMMARY", step.toString()));
    String annotations = gh.publish(leaky(), LEAKY, dir.resolve("reports"), "target/leakguard/leakguard.sarif", null);
    assertTrue(annotations.startsWith("::warning file=" + CaseStudy.PACKAGE_DIR + "DataTransformer.java,line=24,"), annotations);
    String summary = Files.readString(dir.resolve("reports/summary.md"));
    assertTrue(summary.contains("[DataTransformer.java:24](dev/leakguard/examples/casestudy/DataTransformer.java#L24)"), summary);
    assertEquals(summary + "\n", Files.readString(step));
  }

  @Test
  void rdjson_hasCodeLocationAndRelatedGrowthSites() throws Exception {
    JsonNode doc = JSON.readTree(RdjsonReport.render(leaky(), PROJECT));
    assertEquals("leakguard", doc.get("source").get("name").asText());
    JsonNode d = doc.get("diagnostics").get(0);
    assertEquals("UnboundedStaticCollection", d.get("code").get("value").asText());
    assertEquals(CaseStudy.PACKAGE_DIR + "DataTransformer.java", d.get("location").get("path").asText());
    assertEquals(24, d.get("location").get("range").get("start").get("line").asInt());
    assertEquals(45, d.get("related_locations").get(0).get("location").get("range").get("start").get("line").asInt());
  }

  @Test
  void gitlab_hasTheRequiredFields_andALineIndependentFingerprint() throws Exception {
    JsonNode issues = JSON.readTree(GitlabCodeQuality.render(leaky(), PROJECT));
    assertEquals(2, issues.size());
    for (JsonNode i : issues) {
      for (String field : List.of("description", "check_name", "fingerprint", "severity")) {
        assertTrue(i.get(field).isTextual() && !i.get(field).asText().isBlank(), field);
      }
      assertTrue(i.get("location").get("path").asText().startsWith(CaseStudy.PACKAGE_DIR));
      assertTrue(i.get("location").get("lines").get("begin").asInt() > 0);
      assertEquals("major", i.get("severity").asText());
    }
    Finding f = finding(1, Confidence.NORMAL);
    Finding moved = new Finding(f.rule(), f.kind(), f.confidence(), f.holder(), new Location("src/C1.java", 99, 1), f.growthSites(),
        f.message(), f.steps());
    assertEquals(JSON.readTree(GitlabCodeQuality.render(List.of(f), null)).get(0).get("fingerprint"),
        JSON.readTree(GitlabCodeQuality.render(List.of(moved), null)).get(0).get("fingerprint"));
    assertEquals("minor", JSON.readTree(GitlabCodeQuality.render(List.of(f), null)).get(0).get("severity").asText());
  }

  @Test
  void cli_everyFormat_andSarifStillValid() throws Exception {
    for (String format : List.of("github", "markdown", "rdjson", "gitlab", "sarif")) {
      Path out = dir.resolve("report." + format);
      int status = dev.leakguard.analyzer.cli.Main.run(new String[] {"--format", format, "--output", out.toString(), "--root",
          PROJECT.toString(), LEAKY.toString()}, System.out, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()), Map.of());
      assertEquals(1, status, format);
      String text = Files.readString(out);
      assertTrue(text.contains("DataTransformer"), format + ": " + text);
      if (format.equals("sarif")) {
        assertEquals(List.of(), SarifSchema.violations(text));
      }
    }
    assertEquals(Files.readString(dir.resolve("report.gitlab")), GitlabCodeQuality.render(leaky(), PROJECT));
    assertTrue(SarifSchema.violations(SarifReport.render(new Analyzer(AnalyzerConfig.defaults()).analyze(List.of(LEAKY)), PROJECT)).isEmpty());
  }
}
