package dev.leakguard.regression;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A field judged by reading the code: the library, the holder's qualified name, the rule expected,
 * the verdict and its one-line reason ({@code library field expected_rule verdict reason}).
 */
record Label(String library, String field, String expectedRule, Verdict verdict, String reason, String where) {
  static final List<String> HEADER = List.of("library", "field", "expected_rule", "verdict", "reason");

  /** What a label is matched on: a field of a library (the rule is checked separately). */
  record Key(String library, String field) {}

  Key key() {
    return new Key(library, field);
  }

  static List<Label> fromRows(List<TsvFile.Row> rows) {
    List<Label> labels = new ArrayList<>();
    for (TsvFile.Row row : rows) {
      Verdict v = Verdict.parse(row.cell(3));
      if (v == null) {
        throw new TsvException(row.where() + ": verdict '" + row.cell(3) + "' is not one of "
            + Arrays.stream(Verdict.values()).map(Verdict::spelling).collect(Collectors.joining(", ")));
      }
      if (row.cell(0).isBlank() || row.cell(1).isBlank() || row.cell(2).isBlank()) {
        throw new TsvException(row.where() + ": library, field and expected_rule need a value");
      }
      labels.add(new Label(row.cell(0), row.cell(1), row.cell(2), v, row.cell(4), row.where()));
    }
    return List.copyOf(labels);
  }

  static List<Label> read(Path file) {
    return fromRows(TsvFile.read(file, HEADER));
  }

  /** The labels of several files by field; the same field judged twice is an error naming both places. */
  static Map<Key, Label> index(List<Label> labels) {
    Map<Key, Label> byKey = new HashMap<>();
    for (Label l : labels) {
      Label earlier = byKey.putIfAbsent(l.key(), l);
      if (earlier != null) {
        throw new TsvException(l.where() + ": " + l.library() + " " + l.field() + " is already judged at " + earlier.where());
      }
    }
    return byKey;
  }
}
