package dev.leakguard.analyzer.report;

import dev.leakguard.core.Finding;
import dev.leakguard.core.RelativePaths;
import java.nio.file.Path;
import java.util.List;

/**
 * GitHub Actions workflow commands, one {@code ::warning file=..,line=..,title=..::message} per
 * finding. GitHub shows at most ten warnings per step, so the most important come first (see
 * {@link Ranking}) and a last plain line says how many more there are and where to find them.
 */
public final class GithubAnnotations {
  /** GitHub's limit of warning annotations per step. */
  public static final int MAX_PER_STEP = 10;

  private GithubAnnotations() {}

  /**
   * The annotation lines, each ending in a newline.
   *
   * @param root the directory paths are relative to: the repository root (GITHUB_WORKSPACE)
   * @param rest where the other findings are, for the last line, e.g. {@code target/leakguard/leakguard.sarif}
   */
  public static String render(List<Finding> findings, Path root, int max, String rest) {
    List<Finding> ranked = Ranking.rank(findings);
    StringBuilder b = new StringBuilder();
    int shown = Math.min(max, ranked.size());
    for (int i = 0; i < shown; i++) {
      b.append(line(ranked.get(i), root)).append('\n');
    }
    int more = ranked.size() - shown;
    if (more > 0) {
      b.append("leakguard: ").append(more).append(more == 1 ? " more finding is" : " more findings are")
          .append(" not shown as annotations (GitHub shows ").append(max).append(" per step); all ")
          .append(ranked.size()).append(" are in ").append(rest).append('\n');
    }
    return b.toString();
  }

  /** One workflow command for one finding, at its declaration. */
  public static String line(Finding f, Path root) {
    String title = "leakguard " + f.rule().id() + " (" + f.confidence().label() + " confidence)";
    StringBuilder b = new StringBuilder("::warning file=").append(property(RelativePaths.relative(root, f.location().file())))
        .append(",line=").append(f.location().line());
    if (f.location().column() > 0) {
      b.append(",col=").append(f.location().column());
    }
    return b.append(",title=").append(property(title)).append("::").append(data(f.message())).toString();
  }

  /** Escapes a command's message: {@code %}, CR and LF. */
  public static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a command property: as {@link #data} plus {@code :} and {@code ,}. */
  public static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
