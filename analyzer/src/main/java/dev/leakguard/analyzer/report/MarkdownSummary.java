package dev.leakguard.analyzer.report;

import dev.leakguard.core.Finding;
import dev.leakguard.core.GrowthSite;
import dev.leakguard.core.RelativePaths;
import dev.leakguard.core.RuleId;
import dev.leakguard.core.model.Location;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A markdown summary for a GitHub job summary ({@code $GITHUB_STEP_SUMMARY}) or a sticky
 * pull-request comment: counts per rule, then a table of the findings (most important first)
 * with links to the field and its first growth site. It starts with a hidden marker, so a bot
 * that keeps one sticky comment can find and replace its own.
 */
public final class MarkdownSummary {
  /** The first line: lets a sticky-comment step find the comment it wrote before. */
  public static final String MARKER = "<!-- leakguard:summary -->";
  /** More rows than this are counted, not listed (a PR comment holds 65,536 characters). */
  static final int MAX_ROWS = 100;

  private MarkdownSummary() {}

  /**
   * The summary.
   *
   * @param root the directory shown paths are relative to
   * @param linkBase prefixed to a shown path to make a link, e.g.
   *     {@code https://github.com/acme/shop/blob/<sha>/}; null links the relative path
   * @param note a sentence added under the heading (e.g. how many findings the baseline accepts), or null
   */
  public static String render(List<Finding> findings, Path root, String linkBase, String note) {
    return render(findings, root, linkBase, note, null);
  }

  /**
   * The summary of one module of a build, its heading labelled with {@code label} (e.g. the
   * module's artifactId) so that a job summary with one section per module says which is which.
   */
  public static String render(List<Finding> findings, Path root, String linkBase, String note, String label) {
    StringBuilder b = new StringBuilder(MARKER).append('\n');
    String heading = label == null || label.isBlank() ? "### leakguard: " : "### leakguard (`" + cell(label.strip()) + "`): ";
    if (findings.isEmpty()) {
      b.append(heading).append("no unbounded collections\n\n");
      b.append("No static or singleton collection in this change grows without a bound or eviction.\n");
      if (note != null) {
        b.append('\n').append(note).append('\n');
      }
      return b.toString();
    }
    b.append(heading).append(TextReport.summary(findings)).append("\n\n");
    if (note != null) {
      b.append(note).append("\n\n");
    }
    Map<RuleId, Integer> perRule = new EnumMap<>(RuleId.class);
    findings.forEach(f -> perRule.merge(f.rule(), 1, Integer::sum));
    b.append("| rule | findings |\n| --- | ---: |\n");
    for (RuleId r : RuleId.values()) {
      b.append("| [`").append(r.id()).append("`](").append(r.docsUrl()).append(") | ").append(perRule.getOrDefault(r, 0)).append(" |\n");
    }
    b.append('\n');
    b.append("| field | collection | rule | grows at | confidence |\n| --- | --- | --- | --- | --- |\n");
    List<Finding> ranked = Ranking.rank(findings);
    for (Finding f : ranked.subList(0, Math.min(MAX_ROWS, ranked.size()))) {
      b.append("| ").append(link(f.location(), root, linkBase))
          .append(" | `").append(cell(shortHolder(f.holder()))).append('`')
          .append(" | ").append(f.rule().id())
          .append(" | ").append(growth(f, root, linkBase))
          .append(" | ").append(f.confidence().label())
          .append(" |\n");
    }
    if (ranked.size() > MAX_ROWS) {
      b.append("\n…and ").append(ranked.size() - MAX_ROWS).append(" more (see the SARIF report).\n");
    }
    b.append("\n**How to fix**: ").append(Ranking.remedyMarkdown()).append(".\n");
    return b.toString();
  }

  private static String growth(Finding f, Path root, String linkBase) {
    if (f.growthSites().isEmpty()) {
      return "—";
    }
    GrowthSite g = f.growthSites().get(0);
    String more = f.growthSites().size() > 1 ? " (+" + (f.growthSites().size() - 1) + " more)" : "";
    return link(g.location(), root, linkBase) + " in `" + cell(g.member()) + "`" + more;
  }

  private static String link(Location l, Path root, String linkBase) {
    String path = RelativePaths.relative(root, l.file());
    String target = (linkBase == null ? "" : linkBase) + path + "#L" + l.line();
    return "[" + cell(l.fileName()) + ":" + l.line() + "](" + target.replace(" ", "%20").replace(")", "%29") + ")";
  }

  /** {@code DataTransformer.transformationHistory} from {@code com.acme.DataTransformer.transformationHistory}. */
  static String shortHolder(String holder) {
    int last = holder.lastIndexOf('.');
    int before = last <= 0 ? -1 : holder.lastIndexOf('.', last - 1);
    return holder.substring(before + 1);
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }
}
