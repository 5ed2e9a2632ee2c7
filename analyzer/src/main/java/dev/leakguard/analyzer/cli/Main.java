package dev.leakguard.analyzer.cli;

import dev.leakguard.analyzer.AnalysisResult;
import dev.leakguard.analyzer.Analyzer;
import dev.leakguard.analyzer.AnalyzerConfig;
import dev.leakguard.analyzer.FactsExchange;
import dev.leakguard.analyzer.facts.FactsFile;
import dev.leakguard.analyzer.facts.FactsFileException;
import dev.leakguard.analyzer.Diagnostic;
import dev.leakguard.analyzer.IoErrors;
import dev.leakguard.analyzer.Version;
import dev.leakguard.analyzer.baseline.Baseline;
import dev.leakguard.analyzer.baseline.BaselineException;
import dev.leakguard.analyzer.report.AtomicFiles;
import dev.leakguard.analyzer.report.GithubActions;
import dev.leakguard.analyzer.report.GithubAnnotations;
import dev.leakguard.analyzer.report.GitlabCodeQuality;
import dev.leakguard.analyzer.report.MarkdownSummary;
import dev.leakguard.analyzer.report.RdjsonReport;
import dev.leakguard.analyzer.report.RuntimeEvidence;
import dev.leakguard.analyzer.report.SarifReport;
import dev.leakguard.analyzer.report.TextReport;
import dev.leakguard.analyzer.review.Review;
import dev.leakguard.analyzer.review.ReviewException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar leakguard-cli.jar [options] <source dir>...}: exit 0 clean, 1 findings, 2
 * error, 3 files not analysed ({@link ExitStatus}).
 */
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
      // The cause on one line; the options are one --help away, not 40 lines below it.
      String cause = e.getMessage();
      err.println("leakguard: " + cause + (cause.contains("--help") ? "" : " (see --help)"));
      return ExitStatus.ERROR;
    }
    if (o.help) {
      out.println(CliOptions.USAGE);
      return ExitStatus.CLEAN;
    }
    if (o.version) {
      out.println("leakguard " + Version.get());
      return ExitStatus.CLEAN;
    }
    try {
      Baseline baseline = o.baseline != null ? Baseline.read(o.baseline) : Baseline.empty();
      RuntimeEvidence runtime;
      try {
        runtime = o.runtime != null ? RuntimeEvidence.read(o.runtime) : RuntimeEvidence.NONE;
      } catch (IOException e) {
        err.println("leakguard: --runtime: " + e.getMessage());
        return ExitStatus.ERROR;
      }
      AnalyzerConfig config = new AnalyzerConfig(o.options, o.threads).withEncoding(o.encoding).withMaxFileBytes(o.maxFileBytes);
      Path root = o.root != null ? o.root : Path.of("").toAbsolutePath();
      AnalysisResult all = new Analyzer(config).analyze(o.sources, exchange(o, root));
      // Tool problems go to standard error in every format, never into the report.
      for (Diagnostic d : all.diagnostics()) {
        err.println("leakguard: " + TextReport.line(d, root));
      }
      int notAnalysed = (int) all.diagnostics().stream().filter(d -> d.level() == Diagnostic.Level.ERROR).count();
      if (all.filesAnalysed() == 0 && notAnalysed > 0) {
        err.println("leakguard: nothing was analysed");
        return ExitStatus.ERROR;
      }
      if (o.writeBaseline != null) {
        Baseline.of(all.findings()).write(o.writeBaseline);
        err.println("leakguard: wrote " + count(all.findings().size(), "fingerprint", "fingerprints") + " to " + o.writeBaseline
            + (notAnalysed > 0 ? "; " + notAnalysed + " not analysed, so their findings are not in it" : ""));
        return ExitStatus.of(false, notAnalysed, o.failOnError);
      }
      if (o.baseRef != null) {
        return review(o, all, root, out, err, env, notAnalysed);
      }
      AnalysisResult result = new AnalysisResult(baseline.newFindings(all.findings()), all.diagnostics(), all.filesAnalysed());
      int accepted = all.findings().size() - result.findings().size();
      String report = render(o, result, accepted, root, env, runtime);
      if (o.output != null) {
        AtomicFiles.write(o.output, report);
      } else {
        out.print(report);
      }
      err.println("leakguard: " + count(result.filesAnalysed(), "file", "files") + ", " + TextReport.summary(result.findings())
          + (o.baseline == null ? "" : ", " + accepted + " accepted by the baseline")
          + (notAnalysed == 0 ? "" : "; " + notAnalysed + " could not be analysed (see above)"));
      for (String stale : baseline.stale(all.findings())) {
        err.println("leakguard: baseline entry no longer matches: " + stale);
      }
      return ExitStatus.of(!result.findings().isEmpty(), notAnalysed, o.failOnError);
    } catch (BaselineException | FactsFileException e) {
      err.println("leakguard: " + e.getMessage());
      return ExitStatus.ERROR;
    } catch (IOException e) {
      err.println("leakguard: cannot write " + o.output + ": " + IoErrors.describe(e));
      return ExitStatus.ERROR;
    }
  }

  /** The upstream facts named by --facts (each must be readable) and where --write-facts puts this module's. */
  private static FactsExchange exchange(CliOptions o, Path root) throws FactsFileException {
    List<FactsFile.Loaded> upstream = new java.util.ArrayList<>();
    for (Path p : o.facts) {
      FactsFile.Loaded loaded = FactsFile.read(p, root);
      loaded.facts(); // damaged facts are an error now, not a note in the report
      upstream.add(loaded);
    }
    Path output = o.writeFacts == null ? null : o.writeFacts.resolve(FactsFile.NAME);
    String module = !o.module.isEmpty() ? o.module
        : o.writeFacts == null ? "" : String.valueOf(root.toAbsolutePath().normalize().getFileName());
    return new FactsExchange(upstream, output, module, root);
  }

  private static String count(int n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }

  private static String render(CliOptions o, AnalysisResult result, int accepted, Path root, Map<String, String> env,
      RuntimeEvidence runtime) {
    return switch (o.format) {
      // Diagnostics went to standard error.
      case TEXT -> TextReport.render(new AnalysisResult(result.findings(), List.of(), result.filesAnalysed()), root, o.explain,
          runtime);
      case SARIF -> SarifReport.render(result, root, runtime);
      case GITHUB -> GithubAnnotations.render(result.findings(), root, GithubAnnotations.MAX_PER_STEP,
          "the SARIF report (leakguard --format sarif)");
      case MARKDOWN -> MarkdownSummary.render(result.findings(), root, GithubActions.from(env).linkBase(root),
          accepted > 0 ? accepted + (accepted == 1 ? " finding is" : " findings are") + " accepted by the baseline." : null);
      case RDJSON -> RdjsonReport.render(result.findings(), root);
      case GITLAB -> GitlabCodeQuality.render(result.findings(), root);
    };
  }

  /**
   * Review mode: the payload for the findings on added lines, to --output or stdout, written
   * before posting (--post), so that it is there when posting fails. The baseline does not apply:
   * a change that adds growth to an accepted collection is worth a comment.
   */
  private static int review(CliOptions o, AnalysisResult all, Path root, PrintStream out, PrintStream err,
      Map<String, String> env, int notAnalysed) throws IOException {
    Review.Request request = new Review.Request(root, o.baseRef, o.post, o.apiUrl, o.repository, o.pullRequest, o.tokenEnv, env);
    Review.Outcome outcome;
    try {
      outcome = Review.prepare(all.findings(), request);
      if (o.output != null) {
        AtomicFiles.write(o.output, outcome.payload());
      } else {
        out.print(outcome.payload());
      }
      outcome = Review.post(outcome, request);
    } catch (ReviewException e) {
      err.println("leakguard: " + e.getMessage());
      return ExitStatus.ERROR;
    }
    outcome.items().forEach(i -> err.println(i.describe()));
    err.println("leakguard: " + Review.describe(outcome));
    return ExitStatus.of(!outcome.items().isEmpty(), notAnalysed, o.failOnError);
  }
}
