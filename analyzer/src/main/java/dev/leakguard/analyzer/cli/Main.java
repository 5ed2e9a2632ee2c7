package dev.leakguard.analyzer.cli;

import dev.leakguard.analyzer.AnalysisResult;
import dev.leakguard.analyzer.Analyzer;
import dev.leakguard.analyzer.AnalyzerConfig;
import dev.leakguard.analyzer.Version;
import dev.leakguard.analyzer.baseline.Baseline;
import dev.leakguard.analyzer.baseline.BaselineException;
import dev.leakguard.analyzer.report.AtomicFiles;
import dev.leakguard.analyzer.report.SarifReport;
import dev.leakguard.analyzer.report.TextReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/** {@code java -jar leakguard-cli.jar [options] <source dir>...}: exit 0 clean, 1 findings, 2 error. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command line; returns the exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    CliOptions o;
    try {
      o = CliOptions.parse(args);
    } catch (UsageException e) {
      err.println("leakguard: " + e.getMessage());
      err.println(CliOptions.USAGE);
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
      AnalysisResult result = new AnalysisResult(baseline.newFindings(all.findings()), all.diagnostics(), all.filesAnalysed());
      String report = o.format == CliOptions.Format.SARIF ? SarifReport.render(result, root) : TextReport.render(result, root, o.explain);
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
}
