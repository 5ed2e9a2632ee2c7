package dev.leakguard.analyzer.cli;

import dev.leakguard.analyzer.AnalysisResult;
import dev.leakguard.analyzer.Analyzer;
import dev.leakguard.analyzer.AnalyzerConfig;
import dev.leakguard.analyzer.Version;
import dev.leakguard.analyzer.baseline.Baseline;
import dev.leakguard.analyzer.baseline.BaselineException;
import dev.leakguard.analyzer.report.AtomicFiles;
import dev.leakguard.analyzer.report.GithubActions;
import dev.leakguard.analyzer.report.GithubAnnotations;
import dev.leakguard.analyzer.report.GitlabCodeQuality;
import dev.leakguard.analyzer.report.MarkdownSummary;
import dev.leakguard.analyzer.report.RdjsonReport;
import dev.leakguard.analyzer.report.SarifReport;
import dev.leakguard.analyzer.report.TextReport;
import dev.leakguard.analyzer.review.Review;
import dev.leakguard.analyzer.review.ReviewException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/** {@code java -jar leakguard-cli.jar [options] <source dir>...}: exit 0 clean, 1 findings, 2 error. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command line; returns the exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, System.getenv());
  }

  /** Runs the command line with the given environment (GitHub Actions variables, the token); returns the exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
    CliOptions o;
    try {
      o = CliOptions.parse(args);
    } catch (UsageException e) {
      err.println("leakguard: " + e.getMessage() + " (see --help)");
      return 2;
    }
    if (o.help) {
      out.println(CliOptions.USAGE);
      return 0;
    }
    if (o.version) {
      out.println("leakguard " + Version.get());
      return 0;
    }
    try {
      Baseline baseline = o.baseline != null ? Baseline.read(o.baseline) : Baseline.empty();
      AnalysisResult all = new Analyzer(new AnalyzerConfig(o.options, o.threads)).analyze(o.sources);
      Path root = o.root != null ? o.root : Path.of("").toAbsolutePath();
      if (all.filesAnalysed() == 0 && all.diagnostics().stream().anyMatch(d -> d.level() == dev.leakguard.analyzer.Diagnostic.Level.ERROR)) {
        all.diagnostics().forEach(d -> err.println("leakguard: " + d));
        return 2;
      }
      if (o.writeBaseline != null) {
        Baseline.of(all.findings()).write(o.writeBaseline);
        err.println("leakguard: wrote " + all.findings().size() + " fingerprints to " + o.writeBaseline);
        return 0;
      }
      if (o.baseRef != null) {
        return review(o, all, root, out, err, env);
      }
      AnalysisResult result = new AnalysisResult(baseline.newFindings(all.findings()), all.diagnostics(), all.filesAnalysed());
      String report = render(o, result, all.findings().size() - result.findings().size(), root, env);
      if (o.output != null) {
        AtomicFiles.write(o.output, report);
      } else {
        out.print(report);
      }
      if (o.format == CliOptions.Format.TEXT || o.output != null) {
        err.println("leakguard: " + result.filesAnalysed() + " files, " + TextReport.summary(result.findings())
            + (result.diagnostics().isEmpty() ? "" : ", " + result.diagnostics().size() + " files with problems"));
      }
      for (String stale : baseline.stale(all.findings())) {
        err.println("leakguard: baseline entry no longer matches: " + stale);
      }
      return result.findings().isEmpty() ? 0 : 1;
    } catch (BaselineException e) {
      err.println("leakguard: " + e.getMessage());
      return 2;
    } catch (IOException e) {
      err.println("leakguard: cannot write " + o.output + ": " + e.getMessage());
      return 2;
    }
  }

  private static String render(CliOptions o, AnalysisResult result, int accepted, Path root, Map<String, String> env) {
    return switch (o.format) {
      case TEXT -> TextReport.render(result, root, o.explain);
      case SARIF -> SarifReport.render(result, root);
      case GITHUB -> GithubAnnotations.render(result.findings(), root, GithubAnnotations.MAX_PER_STEP,
          "the SARIF report (leakguard --format sarif)");
      case MARKDOWN -> MarkdownSummary.render(result.findings(), root, GithubActions.from(env).linkBase(root),
          accepted > 0 ? accepted + (accepted == 1 ? " finding is" : " findings are") + " accepted by the baseline." : null);
      case RDJSON -> RdjsonReport.render(result.findings(), root);
      case GITLAB -> GitlabCodeQuality.render(result.findings(), root);
    };
  }

  /**
   * Review mode: the payload for the findings on added lines, to --output or stdout; posted with
   * --post. The baseline does not apply: a change that adds growth to an accepted collection is
   * worth a comment.
   */
  private static int review(CliOptions o, AnalysisResult all, Path root, PrintStream out, PrintStream err,
      Map<String, String> env) throws IOException {
    Review.Outcome outcome;
    try {
      outcome = Review.run(all.findings(), new Review.Request(root, o.baseRef, o.post, o.apiUrl, o.repository, o.pullRequest,
          o.tokenEnv, env));
    } catch (ReviewException e) {
      err.println("leakguard: " + e.getMessage());
      return 2;
    }
    if (o.output != null) {
      AtomicFiles.write(o.output, outcome.payload());
    } else {
      out.print(outcome.payload());
    }
    outcome.items().forEach(i -> err.println(i.describe()));
    err.println("leakguard: " + Review.describe(outcome));
    return outcome.items().isEmpty() ? 0 : 1;
  }
}
