package dev.leakguard.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakguard.analyzer.AnalysisResult;
import dev.leakguard.analyzer.report.GithubActions;
import dev.leakguard.core.Confidence;
import dev.leakguard.core.Finding;
import dev.leakguard.core.FindingKind;
import dev.leakguard.core.GrowthSite;
import dev.leakguard.core.RuleId;
import dev.leakguard.core.model.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build's report: the modules' findings, one per holder, with every path relative to the root. */
class BuildReportTest {
  @TempDir Path root;

  private Finding sessionsGrownIn(String module, int line) {
    Location field = new Location(root.resolve("core/src/main/java/com/acme/Registries.java").toString(), 10, 36);
    GrowthSite site = new GrowthSite(new Location(root.resolve(module + "/src/main/java/com/acme/Handler.java").toString(), line, 5),
        "handle", "put", true);
    return new Finding(RuleId.UnboundedStaticCollection, FindingKind.GROWTH, Confidence.HIGH, "com.acme.Registries.SESSIONS",
        field, List.of(site), "Static map 'Registries.SESSIONS' grows at Handler.java:" + line + " in 'handle'", List.of());
  }

  @Test
  void aHolderTwoModulesReport_isOneResult_withTheGrowthSitesOfEach() throws IOException {
    Finding web = sessionsGrownIn("web", 7);
    Finding api = sessionsGrownIn("api", 12);
    ModuleReport webReport = new ModuleReport("com.acme:web", new AnalysisResult(List.of(web), List.of(), 2), List.of(web.fingerprint()));
    ModuleReport apiReport = new ModuleReport("com.acme:api", new AnalysisResult(List.of(api), List.of(), 3), List.of());
    BuildReport report = BuildReport.of(List.of(webReport, apiReport));
    assertEquals(1, report.result().findings().size());
    assertEquals(List.of(web.growthSites().get(0), api.growthSites().get(0)), report.result().findings().get(0).growthSites());
    assertEquals(5, report.result().filesAnalysed());
    assertEquals(1, report.newFindings().size(), "new in one module's baseline is new in the build");

    Path out = root.resolve("target/leakguard");
    report.write(root, out, GithubActions.from(Map.of()));
    String sarif = Files.readString(out.resolve("leakguard.sarif"));
    assertTrue(sarif.contains("\"uri\" : \"core/src/main/java/com/acme/Registries.java\""), sarif);
    assertTrue(sarif.contains("\"uri\" : \"api/src/main/java/com/acme/Handler.java\""), sarif);
    assertTrue(Files.readString(out.resolve("summary.md")).contains("### leakguard (`2 modules`): 1 unbounded collection in 1 file"));
  }

  @Test
  void aModuleReport_survivesItsFile_andAnotherFileIsNoReport() throws IOException {
    Finding web = sessionsGrownIn("web", 7);
    ModuleReport written = new ModuleReport("com.acme:web", new AnalysisResult(List.of(web), List.of(), 2), List.of(web.fingerprint()));
    Path file = root.resolve(ModuleReport.NAME);
    written.write(file);
    assertEquals(Optional.of(written), ModuleReport.read(file));
    Files.writeString(file, "something else");
    assertEquals(Optional.empty(), ModuleReport.read(file));
    assertEquals(Optional.empty(), ModuleReport.read(root.resolve("missing")));
  }
}
