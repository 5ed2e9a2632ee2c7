package dev.leakguard.regression;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the current code reports differently from the committed expectation: findings added,
 * findings removed, and findings whose confidence or first growth site changed (same library,
 * field and rule), plus libraries whose unparsed-file counts changed. All sorted.
 */
record ExpectationDiff(
    List<FindingRow> added,
    List<FindingRow> removed,
    List<Change> changed,
    List<DiagnosticsChange> diagnostics) {

  /** The same finding before and after. */
  record Change(FindingRow before, FindingRow after) {
    String describe() {
      List<String> parts = new ArrayList<>();
      if (!before.confidence().equals(after.confidence())) {
        parts.add("confidence " + before.confidence() + " -> " + after.confidence());
      }
      if (!before.firstSite().equals(after.firstSite()) || !before.method().equals(after.method())) {
        parts.add("first site " + before.siteText() + " -> " + after.siteText());
      }
      return after.key() + ": " + String.join("; ", parts);
    }
  }

  /** A library read differently: before is null for a library new to the expectation, after null for one gone. */
  record DiagnosticsChange(String library, LibraryDiagnostics before, LibraryDiagnostics after) {
    String describe() {
      return library + ": " + text(before) + " -> " + text(after);
    }

    private static String text(LibraryDiagnostics d) {
      return d == null ? "(none)" : d.javaFiles() + " files, " + d.notParsed().size() + " not parsed, " + d.warnings() + " warnings";
    }
  }

  static ExpectationDiff between(
      List<FindingRow> expected, List<FindingRow> actual,
      List<LibraryDiagnostics> expectedDiagnostics, List<LibraryDiagnostics> actualDiagnostics) {
    Map<FindingRow.Key, FindingRow> before = byKey(expected, FindingRow::key);
    Map<FindingRow.Key, FindingRow> after = byKey(actual, FindingRow::key);
    List<FindingRow> added = new ArrayList<>();
    List<FindingRow> removed = new ArrayList<>();
    List<Change> changed = new ArrayList<>();
    for (FindingRow a : after.values()) {
      FindingRow b = before.get(a.key());
      if (b == null) {
        added.add(a);
      } else if (!b.equals(a)) {
        changed.add(new Change(b, a));
      }
    }
    for (FindingRow b : before.values()) {
      if (!after.containsKey(b.key())) {
        removed.add(b);
      }
    }
    Map<String, LibraryDiagnostics> db = byKey(expectedDiagnostics, LibraryDiagnostics::library);
    Map<String, LibraryDiagnostics> da = byKey(actualDiagnostics, LibraryDiagnostics::library);
    List<DiagnosticsChange> diagnostics = new ArrayList<>();
    for (String library : union(db, da)) {
      LibraryDiagnostics b = db.get(library);
      LibraryDiagnostics a = da.get(library);
      if (!Objects.equals(a, b)) {
        diagnostics.add(new DiagnosticsChange(library, b, a));
      }
    }
    return new ExpectationDiff(List.copyOf(added), List.copyOf(removed), List.copyOf(changed), List.copyOf(diagnostics));
  }

  boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && diagnostics.isEmpty();
  }

  /** The report: a summary line, then {@code +} added, {@code -} removed, {@code ~} changed rows. */
  List<String> render(String expectedName) {
    List<String> lines = new ArrayList<>();
    lines.add(String.format(java.util.Locale.ROOT, "== diff against %s: %d added, %d removed, %d changed, %d libraries read differently",
        expectedName, added.size(), removed.size(), changed.size(), diagnostics.size()));
    for (FindingRow r : added) {
      lines.add("+ " + r.key() + " " + r.confidence() + ", " + r.siteText());
    }
    for (FindingRow r : removed) {
      lines.add("- " + r.key() + " " + r.confidence() + ", " + r.siteText());
    }
    for (Change c : changed) {
      lines.add("~ " + c.describe());
    }
    for (DiagnosticsChange d : diagnostics) {
      lines.add("! " + d.describe());
    }
    return lines;
  }

  private static <K extends Comparable<K>, V> Map<K, V> byKey(List<V> rows, Function<V, K> key) {
    return rows.stream().collect(Collectors.toMap(key, Function.identity(), (x, y) -> {
      throw new IllegalArgumentException("duplicate key " + key.apply(x));
    }, TreeMap::new));
  }

  private static List<String> union(Map<String, ?> a, Map<String, ?> b) {
    java.util.TreeSet<String> all = new java.util.TreeSet<>(a.keySet());
    all.addAll(b.keySet());
    return List.copyOf(all);
  }
}
