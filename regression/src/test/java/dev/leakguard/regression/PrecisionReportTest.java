package dev.leakguard.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PrecisionReportTest {
  private static final String STATIC = "UnboundedStaticCollection";

  private static FindingRow row(String field, String confidence) {
    return new FindingRow("shop", "org.example.shop." + field, STATIC, confidence, "org/example/shop/X.java:1", "m");
  }

  private static List<Label> labels(String... rows) {
    List<String> lines = new ArrayList<>();
    lines.add("library\tfield\texpected_rule\tverdict\treason");
    for (String r : rows) {
      lines.add(r);
    }
    return Label.fromRows(TsvFile.parse(lines, "labels.tsv", Label.HEADER));
  }

  private static String label(String field, String verdict, String reason) {
    return "shop\torg.example.shop." + field + "\t" + STATIC + "\t" + verdict + "\t" + reason;
  }

  @Test
  void findingsAreCountedPerConfidenceByTheirFieldsVerdict() {
    List<FindingRow> findings = List.of(
        row("Audit.HISTORY", "high"), row("Ids.SEEN", "high"), row("Prices.BY_CURRENCY", "high"),
        row("Codes.HEX", "normal"), row("Bus.listeners", "normal"), row("Other.X", "normal"));
    List<Label> labels = labels(
        label("Audit.HISTORY", "TP", "one entry per request id"),
        label("Ids.SEEN", "TP", "every id ever seen"),
        label("Prices.BY_CURRENCY", "MAYBE", "one per currency"),
        label("Codes.HEX", "FP", "at most 8 lengths"),
        label("Bus.listeners", "MAYBE", "registered at start-up"));
    PrecisionReport p = PrecisionReport.of(findings, labels, Set.of("shop"));
    assertEquals(new PrecisionReport.Tally(2, 1, 0, 0), p.byConfidence().get("high"));
    assertEquals(new PrecisionReport.Tally(0, 1, 1, 1), p.byConfidence().get("normal"));
    assertEquals(new PrecisionReport.Tally(2, 2, 1, 1), p.total());
    assertEquals(1.0 / 6, p.fpShare(), 1e-9);
    List<String> text = p.render("1 library", labels.size());
    assertEquals("high              3     2      1    0           0  67% (2/3)", text.get(2));
    assertEquals("normal            3     0      1    1           1  0% (0/2)", text.get(3));
    assertEquals("all               6     2      2    1           1  40% (2/5)", text.get(4));
    assertEquals("FP rows: 1 of 6 findings (17%); labelled rows wrong: 2; known misses: 0", text.get(5));
    assertEquals("== labelled rows it gets wrong: 2", text.get(6));
  }

  @Test
  void wrongRows_fpReported_maybeHigh_tpNotReported() {
    List<FindingRow> findings = List.of(row("Prices.BY_CURRENCY", "high"), row("Codes.HEX", "normal"), row("Bus.listeners", "normal"));
    List<Label> labels = labels(
        label("Prices.BY_CURRENCY", "MAYBE", "one per currency"),
        label("Codes.HEX", "FP", "at most 8 lengths"),
        label("Bus.listeners", "MAYBE", "registered at start-up"),
        label("Audit.HISTORY", "TP", "one entry per request id"));
    PrecisionReport p = PrecisionReport.of(findings, labels, Set.of("shop"));
    assertEquals(List.of(
            "FP reported: shop org.example.shop.Codes.HEX (normal, UnboundedStaticCollection, org/example/shop/X.java:1 in 'm'): at most 8 lengths",
            "MAYBE reported high: shop org.example.shop.Prices.BY_CURRENCY (high, UnboundedStaticCollection, org/example/shop/X.java:1 in 'm'): one per currency",
            "TP not reported: shop org.example.shop.Audit.HISTORY: one entry per request id"),
        p.wrong().stream().map(PrecisionReport.Entry::describe).toList());
  }

  @Test
  void knownMisses_areListedNotWrong_andCountAsTheirVerdictOnceFound() {
    List<FindingRow> findings = List.of(row("Pool.constants", "high"));
    List<Label> labels = labels(
        label("Pool.constants", "TP-missed", "one constant per name"),
        label("Drivers.BY_NAME", "MAYBE-missed", "grown through a helper"));
    PrecisionReport p = PrecisionReport.of(findings, labels, Set.of("shop"));
    assertEquals(List.of(), p.wrong());
    assertEquals(new PrecisionReport.Tally(1, 0, 0, 0), p.byConfidence().get("high"));
    assertEquals(List.of(PrecisionReport.Kind.STILL_MISSED, PrecisionReport.Kind.MISS_NOW_REPORTED),
        p.knownMisses().stream().map(PrecisionReport.Entry::kind).toList());
  }

  @Test
  void labelsOfLibrariesNotRun_areIgnored() {
    List<Label> labels = labels(label("Audit.HISTORY", "TP", "one entry per request id"));
    PrecisionReport p = PrecisionReport.of(List.of(), labels, Set.of("another"));
    assertEquals(List.of(), p.wrong());
    assertEquals(0, p.labelsInScope());
    assertEquals("== precision per confidence, 1 library: 0 labels apply (of 1)", p.render("1 library", 1).get(0));
  }

  @Test
  void reportedUnderAnotherRule_isWrong() {
    FindingRow f = new FindingRow("shop", "org.example.shop.Registry.items", "UnboundedSingletonCollection", "normal", "org/example/shop/R.java:3", "add");
    List<Label> labels = labels(label("Registry.items", "MAYBE", "a handful"));
    PrecisionReport p = PrecisionReport.of(List.of(f), labels, Set.of("shop"));
    assertEquals(List.of(PrecisionReport.Kind.OTHER_RULE), p.wrong().stream().map(PrecisionReport.Entry::kind).toList());
  }

  @Test
  void unknownVerdict_andFieldJudgedTwice_areErrors() {
    TsvException bad = assertThrows(TsvException.class, () -> labels(label("A.B", "PROBABLY", "x")));
    assertTrue(bad.getMessage().startsWith("labels.tsv:2: verdict 'PROBABLY' is not one of TP, MAYBE, FP, TP-missed, MAYBE-missed"), bad.getMessage());
    List<Label> twice = labels(label("A.B", "TP", "x"), label("A.B", "FP", "y"));
    TsvException dup = assertThrows(TsvException.class, () -> Label.index(twice));
    assertTrue(dup.getMessage().equals("labels.tsv:3: shop org.example.shop.A.B is already judged at labels.tsv:2"), dup.getMessage());
  }
}
