package dev.leakguard.analyzer.report;

import dev.leakguard.core.Confidence;
import dev.leakguard.core.Finding;
import dev.leakguard.core.FindingKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order in which surfaces with a limit (ten annotations a step, thirty comments a review)
 * show findings: high confidence first, then a seen growth (an unbounded cache, a growth site)
 * before strict-mode and blank-reason findings, then by place.
 */
public final class Ranking {
  public static final Comparator<Finding> MOST_IMPORTANT_FIRST = Comparator
      .comparing((Finding f) -> f.confidence() == Confidence.HIGH ? 0 : 1)
      .thenComparing(f -> f.kind() == FindingKind.GROWTH || f.kind() == FindingKind.UNBOUNDED_CACHE ? 0 : 1)
      .thenComparing(Finding.ORDER);

  private Ranking() {}

  public static List<Finding> rank(List<Finding> findings) {
    List<Finding> out = new ArrayList<>(findings);
    out.sort(MOST_IMPORTANT_FIRST);
    return out;
  }

  /** The remedy every surface ends with (DESIGN.md section 4), in markdown. */
  public static String remedyMarkdown() {
    return "bound it (a Caffeine cache with `maximumSize`/`expireAfterWrite`, a capacity, an LRU), evict from it,"
        + " or document the bound with `@Bounded(\"why\")` / `@Evicted(\"how\")` or a `Bound:` / `Eviction:` comment";
  }
}
