package dev.leakguard.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TsvFileTest {
  private static final List<String> HEADER = List.of("a", "b", "c");

  @Test
  void commentsAndBlankLinesAreSkipped_andRowsKeepTheirLine() {
    List<TsvFile.Row> rows = TsvFile.parse(List.of("# a comment", "a\tb\tc", "", "1\t2\t3", "4\t5\t6"), "x.tsv", HEADER);
    assertEquals(2, rows.size());
    assertEquals(List.of("1", "2", "3"), rows.get(0).cells());
    assertEquals("x.tsv:4", rows.get(0).where());
  }

  @Test
  void missingTrailingEmptyColumn_isAnEmptyCell() {
    List<TsvFile.Row> rows = TsvFile.parse(List.of("a\tb\tc", "1\t2"), "x.tsv", HEADER);
    assertEquals(List.of("1", "2", ""), rows.get(0).cells());
  }

  @Test
  void wrongHeader_isAnErrorNamingTheFileAndLine() {
    TsvException e = assertThrows(TsvException.class, () -> TsvFile.parse(List.of("a\tc\tb"), "x.tsv", HEADER));
    assertTrue(e.getMessage().startsWith("x.tsv:1: expected the header"), e.getMessage());
  }

  @Test
  void wrongColumnCount_isAnErrorNamingTheLine() {
    TsvException e = assertThrows(TsvException.class, () -> TsvFile.parse(List.of("a\tb\tc", "1"), "x.tsv", HEADER));
    assertTrue(e.getMessage().startsWith("x.tsv:2: expected 3 tab-separated columns"), e.getMessage());
  }

  @Test
  void emptyFile_isAnError() {
    assertThrows(TsvException.class, () -> TsvFile.parse(List.of("# only a comment"), "x.tsv", HEADER));
  }

  @Test
  void cellWithATab_isRefusedWhenWriting() {
    assertThrows(IllegalArgumentException.class, () -> TsvFile.format(HEADER, List.of(List.of("1", "2\t2", "3"))));
  }
}
