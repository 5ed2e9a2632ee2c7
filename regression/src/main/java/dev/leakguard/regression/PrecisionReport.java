package dev.leakguard.regression;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Findings measured against judged labels: per confidence, how many reported fields are TP,
 * MAYBE, FP or unlabelled; the share of FP rows among all findings; and the labelled rows the
 * current code gets wrong. Only labels of the libraries that were run count.
 */
record PrecisionReport(Map<String, Tally> byConfidence, Tally total, List<Entry> wrong, List<Entry> knownMisses, int labelsInScope) {
  /** The confidences shown first, in this order; any other one found follows. */
  private static final List<String> CONFIDENCES = List.of("high", "normal");

  /** Counts of reported findings by the verdict of their field. */
  record Tally(int tp, int maybe, int fp, int unlabelled) {
    static final Tally ZERO = new Tally(0, 0, 0, 0);

    int findings() {
      return tp + maybe + fp + unlabelled;
    }

    int labelled() {
      return tp + maybe + fp;
    }

    Tally plus(Verdict v) {
      if (v == null) {
        return new Tally(tp, maybe, fp, unlabelled + 1);
      }
      return switch (v.whenReported()) {
        case TP -> new Tally(tp + 1, maybe, fp, unlabelled);
        case MAYBE -> new Tally(tp, maybe + 1, fp, unlabelled);
        default -> new Tally(tp, maybe, fp + 1, unlabelled);
      };
    }

    Tally plus(Tally o) {
      return new Tally(tp + o.tp, maybe + o.maybe, fp + o.fp, unlabelled + o.unlabelled);
    }
  }

  /** What a labelled row shows. */
  enum Kind {
    FP_REPORTED("FP reported"),
    MAYBE_REPORTED_HIGH("MAYBE reported high"),
    TP_NOT_REPORTED("TP not reported"),
    OTHER_RULE("reported under another rule"),
    STILL_MISSED("known miss, still missed"),
    MISS_NOW_REPORTED("known miss now reported (flip its label)");

    final String text;

    Kind(String text) {
      this.text = text;
    }
  }

  /** A labelled row and, when the field is reported, its finding. */
  record Entry(Kind kind, Label label, FindingRow row) {
    String describe() {
      String found = row == null ? "" : " (" + row.confidence() + ", " + row.rule() + ", " + row.siteText() + ")";
      return kind.text + ": " + label.library() + " " + label.field() + found + ": " + label.reason();
    }
  }

  static PrecisionReport of(List<FindingRow> findings, List<Label> labels, Set<String> librariesRun) {
    Map<Label.Key, Label> byField = Label.index(labels);
    Map<Label.Key, FindingRow> reported = new LinkedHashMap<>();
    Map<String, Tally> byConfidence = new LinkedHashMap<>();
    List<Entry> wrong = new ArrayList<>();
    List<Entry> knownMisses = new ArrayList<>();
    for (String c : CONFIDENCES) {
      byConfidence.put(c, Tally.ZERO);
    }
    for (FindingRow f : sorted(findings)) {
      Label.Key key = new Label.Key(f.library(), f.field());
      reported.putIfAbsent(key, f);
      Label label = byField.get(key);
      byConfidence.merge(f.confidence(), Tally.ZERO.plus(label == null ? null : label.verdict()), Tally::plus);
      if (label == null) {
        continue;
      }
      Verdict v = label.verdict();
      if (v.whenReported() == Verdict.FP) {
        wrong.add(new Entry(Kind.FP_REPORTED, label, f));
      } else if (v.whenReported() == Verdict.MAYBE && f.confidence().equals("high")) {
        wrong.add(new Entry(Kind.MAYBE_REPORTED_HIGH, label, f));
      }
      if (v.whenReported() != Verdict.FP && !label.expectedRule().equals(f.rule())) {
        wrong.add(new Entry(Kind.OTHER_RULE, label, f));
      }
      if (v.isKnownMiss()) {
        knownMisses.add(new Entry(Kind.MISS_NOW_REPORTED, label, f));
      }
    }
    int inScope = 0;
    for (Label label : sortedLabels(labels)) {
      if (!librariesRun.contains(label.library())) {
        continue;
      }
      inScope++;
      if (reported.containsKey(label.key())) {
        continue;
      }
      if (label.verdict() == Verdict.TP) {
        wrong.add(new Entry(Kind.TP_NOT_REPORTED, label, null));
      } else if (label.verdict().isKnownMiss()) {
        knownMisses.add(new Entry(Kind.STILL_MISSED, label, null));
      }
    }
    Map<String, Tally> ordered = new LinkedHashMap<>();
    for (String c : CONFIDENCES) {
      ordered.put(c, byConfidence.get(c));
    }
    for (String c : new TreeSet<>(byConfidence.keySet())) {
      ordered.putIfAbsent(c, byConfidence.get(c));
    }
    Tally total = ordered.values().stream().reduce(Tally.ZERO, Tally::plus);
    wrong.sort(Comparator.comparing((Entry e) -> e.kind()).thenComparing(e -> e.label().library()).thenComparing(e -> e.label().field()));
    knownMisses.sort(Comparator.comparing((Entry e) -> e.kind()).thenComparing(e -> e.label().library()).thenComparing(e -> e.label().field()));
    return new PrecisionReport(ordered, total, List.copyOf(wrong), List.copyOf(knownMisses), inScope);
  }

  /** The FP rows' share of all findings, 0 when there are none. */
  double fpShare() {
    return total.findings() == 0 ? 0 : (double) total.fp() / total.findings();
  }

  /** The table, the FP share and the rows; {@code scope} names the libraries measured, e.g. "21 libraries". */
  List<String> render(String scope, int labelsTotal) {
    List<String> lines = new ArrayList<>(renderTable(scope, labelsTotal));
    lines.add(String.format(Locale.ROOT, "== labelled rows it gets wrong: %d", wrong.size()));
    wrong.forEach(e -> lines.add("  " + e.describe()));
    lines.add(String.format(Locale.ROOT, "== known misses (listed, not an error): %d", knownMisses.size()));
    knownMisses.forEach(e -> lines.add("  " + e.describe()));
    return lines;
  }

  /** The table and the FP share only, with the number of wrong rows. */
  List<String> renderTable(String scope, int labelsTotal) {
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "== precision per confidence, %s: %d labels apply (of %d)", scope, labelsInScope, labelsTotal));
    lines.add(String.format(Locale.ROOT, "%-10s %8s %5s %6s %4s %11s  %s", "confidence", "findings", "TP", "MAYBE", "FP", "unlabelled", "TP share of labelled"));
    byConfidence.forEach((c, t) -> lines.add(row(c, t)));
    lines.add(row("all", total));
    lines.add(String.format(Locale.ROOT, "FP rows: %d of %d findings (%s); labelled rows wrong: %d; known misses: %d",
        total.fp(), total.findings(), percent(total.fp(), total.findings()), wrong.size(), knownMisses.size()));
    return lines;
  }

  private static String row(String confidence, Tally t) {
    return String.format(Locale.ROOT, "%-10s %8d %5d %6d %4d %11d  %s", confidence, t.findings(), t.tp(), t.maybe(), t.fp(), t.unlabelled(),
        t.labelled() == 0 ? "-" : percent(t.tp(), t.labelled()) + " (" + t.tp() + "/" + t.labelled() + ")");
  }

  private static String percent(int part, int whole) {
    return whole == 0 ? "-" : String.format(Locale.ROOT, "%.0f%%", 100.0 * part / whole);
  }

  private static List<FindingRow> sorted(List<FindingRow> rows) {
    List<FindingRow> s = new ArrayList<>(rows);
    s.sort(FindingRow.ORDER);
    return s;
  }

  private static List<Label> sortedLabels(List<Label> labels) {
    List<Label> s = new ArrayList<>(labels);
    s.sort(Comparator.comparing(Label::library).thenComparing(Label::field));
    return s;
  }
}
