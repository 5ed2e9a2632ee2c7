package dev.leakguard.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExpectationDiffTest {
  private static final FindingRow AUDIT =
      new FindingRow("shop", "org.example.shop.Audit.HISTORY", "UnboundedStaticCollection", "high", "org/example/shop/Audit.java:40", "record");
  private static final FindingRow PRICES =
      new FindingRow("shop", "org.example.shop.Prices.BY_CURRENCY", "UnboundedStaticCollection", "normal", "org/example/shop/Prices.java:12", "price");
  private static final FindingRow LISTENERS =
      new FindingRow("shop", "org.example.shop.Bus.listeners", "UnboundedSingletonCollection", "normal", "org/example/shop/Bus.java:9", "subscribe");

  @Test
  void sameRows_noDifference() {
    ExpectationDiff d = ExpectationDiff.between(List.of(AUDIT, PRICES), List.of(PRICES, AUDIT), List.of(), List.of());
    assertTrue(d.isEmpty());
    assertEquals(List.of("== diff against expected.tsv: 0 added, 0 removed, 0 changed, 0 libraries read differently"),
        d.render("expected.tsv"));
  }

  @Test
  void newAndGoneFindings_areAddedAndRemoved() {
    ExpectationDiff d = ExpectationDiff.between(List.of(AUDIT, PRICES), List.of(AUDIT, LISTENERS), List.of(), List.of());
    assertEquals(List.of(LISTENERS), d.added());
    assertEquals(List.of(PRICES), d.removed());
    assertEquals(List.of(), d.changed());
    List<String> text = d.render("expected.tsv");
    assertEquals("+ shop org.example.shop.Bus.listeners [UnboundedSingletonCollection] normal, org/example/shop/Bus.java:9 in 'subscribe'", text.get(1));
    assertEquals("- shop org.example.shop.Prices.BY_CURRENCY [UnboundedStaticCollection] normal, org/example/shop/Prices.java:12 in 'price'", text.get(2));
  }

  @Test
  void otherConfidenceOrFirstSite_isAChange_notANewFinding() {
    FindingRow lowered = new FindingRow(AUDIT.library(), AUDIT.field(), AUDIT.rule(), "normal", "org/example/shop/Audit.java:52", "replay");
    ExpectationDiff d = ExpectationDiff.between(List.of(AUDIT), List.of(lowered), List.of(), List.of());
    assertEquals(List.of(), d.added());
    assertEquals(List.of(), d.removed());
    assertEquals(List.of("~ shop org.example.shop.Audit.HISTORY [UnboundedStaticCollection]: confidence high -> normal;"
            + " first site org/example/shop/Audit.java:40 in 'record' -> org/example/shop/Audit.java:52 in 'replay'"),
        d.render("e").subList(1, 2));
  }

  @Test
  void sameFieldUnderAnotherRule_isAnotherFinding() {
    FindingRow asCache = new FindingRow(AUDIT.library(), AUDIT.field(), "UnboundedCacheBuilder", "normal", FindingRow.NONE, FindingRow.NONE);
    ExpectationDiff d = ExpectationDiff.between(List.of(AUDIT), List.of(asCache), List.of(), List.of());
    assertEquals(List.of(asCache), d.added());
    assertEquals(List.of(AUDIT), d.removed());
    assertEquals("+ shop org.example.shop.Audit.HISTORY [UnboundedCacheBuilder] normal, no growth site", d.render("e").get(1));
  }

  @Test
  void aFileThatNowParses_isADiagnosticsChange() {
    LibraryDiagnostics before = new LibraryDiagnostics("shop", 120, List.of("org/example/shop/Odd.java"), 0);
    LibraryDiagnostics after = new LibraryDiagnostics("shop", 120, List.of(), 0);
    ExpectationDiff d = ExpectationDiff.between(List.of(), List.of(), List.of(before), List.of(after));
    assertEquals(List.of("! shop: 120 files, 1 not parsed, 0 warnings -> 120 files, 0 not parsed, 0 warnings"), d.render("e").subList(1, 2));
    assertEquals(false, d.isEmpty());
  }
}
