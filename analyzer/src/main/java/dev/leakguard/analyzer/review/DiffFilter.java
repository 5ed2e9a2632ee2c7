package dev.leakguard.analyzer.review;

import dev.leakguard.analyzer.report.Ranking;
import dev.leakguard.core.Finding;
import dev.leakguard.core.GrowthSite;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the findings a change is responsible for: those whose declaration or any growth site
 * lies on a line the change adds. A change that adds one {@code put} to an old static map is
 * kept, on the line of that {@code put}. Most important first ({@link Ranking}).
 */
public final class DiffFilter {
  private DiffFilter() {}

  public static List<ReviewItem> select(List<Finding> findings, ChangedLines changes) {
    List<ReviewItem> out = new ArrayList<>();
    for (Finding f : Ranking.rank(findings)) {
      ReviewItem item = anchor(f, changes);
      if (item != null) {
        out.add(item);
      }
    }
    return out;
  }

  /** The comment's place: a new declaration, else the first growth site the change adds; null when untouched. */
  static ReviewItem anchor(Finding f, ChangedLines changes) {
    String decl = changes.relative(f.location().file());
    if (decl != null && changes.isAdded(decl, f.location().line())) {
      return new ReviewItem(f, decl, f.location().line(), null, decl);
    }
    for (GrowthSite g : f.growthSites()) {
      String path = changes.relative(g.location().file());
      if (path != null && changes.isAdded(path, g.location().line())) {
        return new ReviewItem(f, path, g.location().line(), g, decl);
      }
    }
    return null;
  }
}
