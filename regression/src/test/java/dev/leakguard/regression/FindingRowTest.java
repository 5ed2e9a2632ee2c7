package dev.leakguard.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FindingRowTest {
  @Test
  void format_sortsRows_andReadsBackTheSame() {
    FindingRow b = new FindingRow("b-lib", "p.B.X", "UnboundedStaticCollection", "normal", "p/B.java:3", "add");
    FindingRow a2 = new FindingRow("a-lib", "p.Z.Y", "UnboundedStaticCollection", "high", "p/Z.java:9", "put");
    FindingRow a1 = new FindingRow("a-lib", "p.A.Y", "UnboundedCacheBuilder", "normal", FindingRow.NONE, FindingRow.NONE);
    List<String> lines = FindingRow.format(List.of(b, a2, a1));
    assertEquals(List.of(
        "library\tfield\trule\tconfidence\tfirst_growth_site\tmethod",
        "a-lib\tp.A.Y\tUnboundedCacheBuilder\tnormal\t-\t-",
        "a-lib\tp.Z.Y\tUnboundedStaticCollection\thigh\tp/Z.java:9\tput",
        "b-lib\tp.B.X\tUnboundedStaticCollection\tnormal\tp/B.java:3\tadd"), lines);
    assertEquals(List.of(a1, a2, b), FindingRow.fromRows(TsvFile.parse(lines, "e.tsv", FindingRow.HEADER)));
  }

  @Test
  void sameFindingTwice_isAnError() {
    List<String> lines = List.of("library\tfield\trule\tconfidence\tfirst_growth_site\tmethod",
        "a\tp.A.X\tUnboundedStaticCollection\thigh\tp/A.java:1\tput",
        "a\tp.A.X\tUnboundedStaticCollection\tnormal\tp/A.java:2\tput");
    TsvException e = assertThrows(TsvException.class, () -> FindingRow.fromRows(TsvFile.parse(lines, "e.tsv", FindingRow.HEADER)));
    assertTrue(e.getMessage().startsWith("e.tsv:3: a p.A.X [UnboundedStaticCollection] appears twice"), e.getMessage());
  }

  @Test
  void emptyCell_isAnError() {
    List<String> lines = List.of("library\tfield\trule\tconfidence\tfirst_growth_site\tmethod", "a\tp.A.X\tUnboundedStaticCollection\thigh\t\t");
    assertThrows(TsvException.class, () -> FindingRow.fromRows(TsvFile.parse(lines, "e.tsv", FindingRow.HEADER)));
  }

  @Test
  void diagnostics_roundTrip_andCountMustMatchTheFiles() {
    LibraryDiagnostics d = new LibraryDiagnostics("a", 10, List.of("p/Z.java", "p/B.java"), 1);
    List<String> lines = LibraryDiagnostics.format(List.of(d));
    assertEquals("a\t10\t2\t1\tp/B.java p/Z.java", lines.get(1));
    assertEquals(List.of(d), LibraryDiagnostics.fromRows(TsvFile.parse(lines, "d.tsv", LibraryDiagnostics.HEADER)));
    List<String> wrong = List.of(lines.get(0), "a\t10\t3\t1\tp/B.java p/Z.java");
    assertThrows(TsvException.class, () -> LibraryDiagnostics.fromRows(TsvFile.parse(wrong, "d.tsv", LibraryDiagnostics.HEADER)));
  }
}
