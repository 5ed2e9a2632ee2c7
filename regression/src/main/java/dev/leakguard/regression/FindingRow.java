package dev.leakguard.regression;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One finding as the expected file records it: the library, the holder's qualified name, the rule,
 * the confidence, and the first growth site ({@code path:line} relative to the library's source
 * root, and the member it is in; {@code -} for both when the finding has none).
 */
record FindingRow(String library, String field, String rule, String confidence, String firstSite, String method) {
  static final List<String> HEADER = List.of("library", "field", "rule", "confidence", "first_growth_site", "method");
  static final String NONE = "-";
  static final Comparator<FindingRow> ORDER = Comparator.comparing(FindingRow::library)
      .thenComparing(FindingRow::field)
      .thenComparing(FindingRow::rule)
      .thenComparing(FindingRow::confidence)
      .thenComparing(FindingRow::firstSite)
      .thenComparing(FindingRow::method);

  /** What identifies a finding across runs: a change of confidence or first site is a change, not a new finding. */
  record Key(String library, String field, String rule) implements Comparable<Key> {
    private static final Comparator<Key> KEY_ORDER =
        Comparator.comparing(Key::library).thenComparing(Key::field).thenComparing(Key::rule);

    @Override
    public int compareTo(Key o) {
      return KEY_ORDER.compare(this, o);
    }

    @Override
    public String toString() {
      return library + " " + field + " [" + rule + "]";
    }
  }

  Key key() {
    return new Key(library, field, rule);
  }

  /** The growth site and member as one phrase: {@code a/B.java:12 in 'put'}, or "no growth site". */
  String siteText() {
    return firstSite.equals(NONE) ? "no growth site" : firstSite + " in '" + method + "'";
  }

  List<String> cells() {
    return List.of(library, field, rule, confidence, firstSite, method);
  }

  /** Reads an expected file; a key (library, field, rule) may appear once. */
  static List<FindingRow> fromRows(List<TsvFile.Row> rows) {
    List<FindingRow> result = new ArrayList<>();
    Set<Key> keys = new HashSet<>();
    for (TsvFile.Row row : rows) {
      FindingRow f = new FindingRow(row.cell(0), row.cell(1), row.cell(2), row.cell(3), row.cell(4), row.cell(5));
      for (String cell : f.cells()) {
        if (cell.isBlank()) {
          throw new TsvException(row.where() + ": every column needs a value ('" + NONE + "' for no growth site)");
        }
      }
      if (!keys.add(f.key())) {
        throw new TsvException(row.where() + ": " + f.key() + " appears twice");
      }
      result.add(f);
    }
    result.sort(ORDER);
    return List.copyOf(result);
  }

  static List<FindingRow> read(java.nio.file.Path file) {
    return fromRows(TsvFile.read(file, HEADER));
  }

  /** The expected file's lines: the header, then the rows sorted. */
  static List<String> format(List<FindingRow> rows) {
    List<FindingRow> sorted = new ArrayList<>(rows);
    sorted.sort(ORDER);
    return TsvFile.format(HEADER, sorted.stream().map(FindingRow::cells).toList());
  }
}
