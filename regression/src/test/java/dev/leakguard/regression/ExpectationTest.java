package dev.leakguard.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExpectationTest {
  private static FindingRow row(String library, String field) {
    return new FindingRow(library, field, "UnboundedStaticCollection", "high", "A.java:1", "m");
  }

  @Test
  void update_replacesTheLibrariesRun_keepsOtherListedOnes_dropsUnlisted() {
    List<FindingRow> expected = List.of(row("a", "p.A.old"), row("b", "p.B.kept"), row("gone", "p.G.x"));
    List<FindingRow> actual = List.of(row("a", "p.A.new"));
    List<FindingRow> updated = Expectation.updated(expected, actual, FindingRow::library, Set.of("a"), Set.of("a", "b"));
    assertEquals(List.of(row("b", "p.B.kept"), row("a", "p.A.new")), updated);
  }

  @Test
  void diffIsRestrictedToTheLibrariesRun() {
    List<FindingRow> expected = List.of(row("a", "p.A.x"), row("b", "p.B.y"));
    assertEquals(List.of(row("a", "p.A.x")), Expectation.restrictTo(expected, FindingRow::library, Set.of("a")));
  }
}
