package dev.leakguard.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leakguard.analyzer.AnalysisResult;
import dev.leakguard.analyzer.Diagnostic;
import dev.leakguard.core.Confidence;
import dev.leakguard.core.Finding;
import dev.leakguard.core.FindingKind;
import dev.leakguard.core.GrowthSite;
import dev.leakguard.core.RuleId;
import dev.leakguard.core.model.Location;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LibraryAnalysisTest {
  private static final Path ROOT = Path.of("/work/run/sources/shop");

  private static Finding finding(RuleId rule, String holder, String file, List<GrowthSite> sites) {
    return new Finding(rule, FindingKind.GROWTH, Confidence.HIGH, holder, new Location(file, 5, 3), sites, "message", List.of());
  }

  private static GrowthSite site(String file, int line, String member) {
    return new GrowthSite(new Location(file, line, 9), member, "put", true);
  }

  @Test
  void rowsNameTheFirstGrowthSiteRelativeToTheLibraryRoot() {
    Finding f = finding(RuleId.UnboundedStaticCollection, "org.example.shop.Audit.HISTORY", ROOT + "/org/example/shop/Audit.java",
        List.of(site(ROOT + "/org/example/shop/Audit.java", 40, "record"), site(ROOT + "/org/example/shop/Replay.java", 7, "replay")));
    LibraryAnalysis.Result r = LibraryAnalysis.toRows("shop", ROOT, new AnalysisResult(List.of(f), List.of(), 3));
    assertEquals(List.of(new FindingRow("shop", "org.example.shop.Audit.HISTORY", "UnboundedStaticCollection", "high",
        "org/example/shop/Audit.java:40", "record")), r.rows());
    assertEquals(new LibraryDiagnostics("shop", 3, List.of(), 0), r.diagnostics());
  }

  @Test
  void findingWithoutGrowthSite_hasDashes() {
    Finding f = finding(RuleId.UnboundedCacheBuilder, "org.example.shop.Cache.ALL", ROOT + "/org/example/shop/Cache.java", List.of());
    FindingRow row = LibraryAnalysis.toRows("shop", ROOT, new AnalysisResult(List.of(f), List.of(), 1)).rows().get(0);
    assertEquals("-", row.firstSite());
    assertEquals("-", row.method());
  }

  @Test
  void diagnostics_countFilesNotParsed_andWarningsApart() {
    List<Diagnostic> diagnostics = List.of(
        new Diagnostic(ROOT + "/org/example/shop/Odd.java", 12, Diagnostic.Level.ERROR, "does not parse"),
        new Diagnostic(ROOT + "/org/example/shop/Latin.java", 0, Diagnostic.Level.WARNING, "replacement characters"));
    LibraryAnalysis.Result r = LibraryAnalysis.toRows("shop", ROOT, new AnalysisResult(List.of(), diagnostics, 9));
    assertEquals(new LibraryDiagnostics("shop", 9, List.of("org/example/shop/Odd.java"), 1), r.diagnostics());
    assertEquals(List.of("org/example/shop/Odd.java:12: error: does not parse", "org/example/shop/Latin.java: warning: replacement characters"),
        r.problems());
  }

  @Test
  void sameFieldAndRuleTwice_keepsOneRow_andWarns() {
    Finding a = finding(RuleId.UnboundedStaticCollection, "org.example.shop.Dup.X", ROOT + "/a/Dup.java", List.of(site(ROOT + "/a/Dup.java", 8, "m")));
    Finding b = finding(RuleId.UnboundedStaticCollection, "org.example.shop.Dup.X", ROOT + "/b/Dup.java", List.of(site(ROOT + "/b/Dup.java", 8, "m")));
    LibraryAnalysis.Result r = LibraryAnalysis.toRows("shop", ROOT, new AnalysisResult(List.of(b, a), List.of(), 2));
    assertEquals(List.of("a/Dup.java:8"), r.rows().stream().map(FindingRow::firstSite).toList());
    assertEquals(List.of("shop: shop org.example.shop.Dup.X [UnboundedStaticCollection] reported twice (b/Dup.java); kept the first, at a/Dup.java:8 in 'm'"),
        r.warnings());
  }

  @Test
  void aGrowthSiteOutsideTheRoot_keepsItsAbsolutePath() {
    Finding f = finding(RuleId.UnboundedStaticCollection, "org.example.shop.Audit.HISTORY", ROOT + "/org/example/shop/Audit.java",
        List.of(site("/elsewhere/./B.java", 5, "record")));
    FindingRow row = LibraryAnalysis.toRows("shop", ROOT, new AnalysisResult(List.of(f), List.of(), 1)).rows().get(0);
    assertEquals("/elsewhere/B.java:5", row.firstSite());
  }
}
