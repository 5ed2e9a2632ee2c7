package dev.leakguard.conformance;

import dev.leakguard.core.Confidence;
import dev.leakguard.core.Finding;
import dev.leakguard.core.FindingKind;
import dev.leakguard.core.GrowthSite;
import dev.leakguard.core.RelativePaths;
import dev.leakguard.core.RuleId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A finding as the harness compares it: file (relative to the case), line, rule, kind,
 * confidence and growth lines. Front ends that do not produce core {@link Finding}s directly (PMD
 * violations, javac diagnostics) build these themselves.
 */
public record ReportedFinding(
    String file, int line, RuleId rule, FindingKind kind, Confidence confidence, List<Place> growth) {

  public ReportedFinding {
    growth = List.copyOf(growth);
  }

  /** A growth site's file (relative to the case) and line. */
  public record Place(String file, int line) {}

  /** Converts core findings whose locations are paths under {@code caseRoot} (or relative to it). */
  public static List<ReportedFinding> of(List<Finding> findings, Path caseRoot) {
    List<ReportedFinding> out = new ArrayList<>();
    for (Finding f : findings) {
      List<Place> growth = new ArrayList<>();
      for (GrowthSite g : f.growthSites()) {
        growth.add(new Place(relative(caseRoot, g.location().file()), g.location().line()));
      }
      out.add(new ReportedFinding(relative(caseRoot, f.location().file()), f.location().line(), f.rule(),
          f.kind(), f.confidence(), growth));
    }
    return out;
  }

  /** A file relative to the case: an absolute path under it, or a path already relative to it. */
  static String relative(Path root, String file) {
    Path p = Path.of(file);
    String under = RelativePaths.under(root, p.isAbsolute() ? p : root.resolve(p));
    return under != null ? under : file.replace('\\', '/');
  }
}
