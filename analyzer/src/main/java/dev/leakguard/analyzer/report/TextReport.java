package dev.leakguard.analyzer.report;

import dev.leakguard.analyzer.AnalysisResult;
import dev.leakguard.analyzer.Diagnostic;
import dev.leakguard.core.Finding;
import dev.leakguard.core.GrowthSite;
import dev.leakguard.core.RelativePaths;
import java.nio.file.Path;
import java.util.List;

/**
 * The plain report: one line per finding, {@code path:line: [RuleId] message}, as compilers
 * print, so terminals and editors link it; {@code --explain} adds the reasons and every growth
 * site below it.
 */
public final class TextReport {
  private TextReport() {}

  /** {@code src/main/java/x/DataTransformer.java:12: [UnboundedStaticCollection] Static map ...}. */
  public static String line(Finding f, Path base) {
    return RelativePaths.relative(base, f.location().file()) + ":" + f.location().line() + ": [" + f.rule().id() + "] " + f.message();
  }

  /** The line with what the run under load found, when it measured the finding: {@code ... (confirmed at run time: ...)}. */
  public static String line(Finding f, Path base, RuntimeEvidence runtime) {
    return line(f, base) + runtime.suffix(f);
  }

  /** {@code src/main/java/x/Broken.java:7: error: does not parse: ...}. */
  public static String line(Diagnostic d, Path base) {
    return RelativePaths.relative(base, d.file()) + (d.line() > 0 ? ":" + d.line() : "") + ": "
        + d.level().name().toLowerCase(java.util.Locale.ROOT) + ": " + d.message();
  }

  public static String render(AnalysisResult result, Path base, boolean explain) {
    return render(result, base, explain, RuntimeEvidence.NONE);
  }

  public static String render(AnalysisResult result, Path base, boolean explain, RuntimeEvidence runtime) {
    StringBuilder b = new StringBuilder();
    for (Diagnostic d : result.diagnostics()) {
      b.append(line(d, base)).append('\n');
    }
    for (Finding f : result.findings()) {
      b.append(line(f, base, runtime)).append('\n');
      if (explain) {
        appendExplanation(b, f, base);
      }
    }
    return b.toString();
  }

  static void appendExplanation(StringBuilder b, Finding f, Path base) {
    b.append("    confidence: ").append(f.confidence().label()).append('\n');
    for (String step : f.steps()) {
      b.append("    - ").append(step).append('\n');
    }
    List<GrowthSite> sites = f.growthSites();
    for (GrowthSite g : sites) {
      b.append("    grows at ").append(RelativePaths.relative(base, g.location().file())).append(':').append(g.location().line())
          .append(" in '").append(g.member()).append("' (").append(g.call()).append(')').append('\n');
    }
  }

  /** {@code 2 unbounded collections in 2 files (1 high confidence)}. */
  public static String summary(List<Finding> findings) {
    long files = findings.stream().map(f -> f.location().file()).distinct().count();
    long high = findings.stream().filter(f -> f.confidence() == dev.leakguard.core.Confidence.HIGH).count();
    return findings.size() + (findings.size() == 1 ? " unbounded collection" : " unbounded collections") + " in " + files
        + (files == 1 ? " file" : " files") + " (" + high + " high confidence)";
  }
}
