package dev.leakguard.maven;

import dev.leakguard.core.RelativePaths;
import dev.leakguard.analyzer.report.GithubActions;
import dev.leakguard.analyzer.report.RuntimeEvidence;
import dev.leakguard.analyzer.report.TextReport;
import dev.leakguard.core.Finding;
import dev.leakguard.core.GrowthSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The build gate: analyses the module's sources for static and singleton collections that grow
 * without bound, prints each finding as {@code file:line: [RuleId] message} with its growth
 * sites, writes {@code leakguard.sarif} and {@code leakguard.txt} to {@code targetDirectory}, and
 * fails the build on findings that are not in the baseline.
 *
 * @since 0.1.0
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.TEST)
public class CheckMojo extends AbstractLeakguardMojo {

  /**
   * Fails the build when there are findings not in the baseline. With {@code false} they are
   * printed as warnings and the reports are still written.
   *
   * @since 0.1.0
   */
  @Parameter(property = "leakguard.failOnViolation", defaultValue = "true")
  protected boolean failOnViolation;

  /**
   * Prints the findings as GitHub Actions annotations ({@code ::warning file=..,line=..::..}, the
   * ten most important) and writes a markdown summary to {@code targetDirectory/summary.md}, also
   * appended to the job summary ({@code $GITHUB_STEP_SUMMARY}) when that is set. On by itself in
   * GitHub Actions ({@code GITHUB_ACTIONS=true}); set it to print them elsewhere.
   *
   * @since 0.1.0
   */
  @Parameter(property = "leakguard.annotations", defaultValue = "false")
  protected boolean annotations;

  /**
   * Makes one report for the whole build instead of one per module: the module's job summary and
   * annotations are left out, and the last module's {@code check} of the build writes one
   * {@code leakguard.sarif} (paths relative to the repository root) and one {@code summary.md}
   * to the top-level project's {@code target/leakguard/}, also appended to the job summary in
   * GitHub Actions. The modules' own reports are still written. {@code leakguard:aggregate} at
   * the root does the same as a goal of its own.
   *
   * @since 0.1.0
   */
  @Parameter(property = "leakguard.aggregate", defaultValue = "false")
  protected boolean aggregate;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  protected org.apache.maven.plugin.MojoExecution mojoExecution;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    try {
      check();
    } finally {
      if (aggregate) {
        LastCheck.done(session, project, mojoExecution, getLog());
      }
    }
  }

  private void check() throws MojoExecutionException, MojoFailureException {
    if (skipped()) {
      return;
    }
    Path baseline = baselineFile != null && Files.exists(baselineFile.toPath()) ? baselineFile.toPath() : null;
    LeakguardRequest request = request(baseline, true);
    LeakguardRun.Outcome outcome = analyse(request);

    int unreadable = reportDiagnostics(outcome, failOnParseError);
    Path base = request.baseDir().toAbsolutePath().normalize();
    if (outcome.runtime().problem() != null) {
      getLog().warn("leakguard: findings not marked with run-time measurements: " + outcome.runtime().problem());
    }
    Consumer<CharSequence> out = failOnViolation ? getLog()::error : getLog()::warn;
    for (Finding f : outcome.newFindings()) {
      print(out, f, base, outcome.runtime());
    }
    report(outcome, base);
    writeModuleReport(outcome, request);
    if (!aggregate) {
      pullRequestOutputs(outcome, request, base);
    }

    List<String> failures = new ArrayList<>();
    if (failOnViolation && !outcome.newFindings().isEmpty()) {
      failures.add(count(outcome.newFindings().size(), "unbounded collection", "unbounded collections")
          + (outcome.baseline() == null ? "" : " not in the baseline"));
    }
    if (failOnParseError && unreadable > 0) {
      failures.add(count(unreadable, "source file", "source files") + " could not be analysed (failOnParseError)");
    }
    if (!failures.isEmpty()) {
      throw new MojoFailureException(String.join("; ", failures) + "; see "
          + RelativePaths.relative(base, request.textFile().toAbsolutePath().normalize()));
    }
  }

  /** The module's findings for the build's report ({@code result.lgf}). */
  private void writeModuleReport(LeakguardRun.Outcome outcome, LeakguardRequest request) throws MojoExecutionException {
    ModuleReport report = new ModuleReport(project.getGroupId() + ":" + project.getArtifactId(), outcome.result(),
        outcome.newFindings().stream().map(Finding::fingerprint).toList());
    try {
      report.write(request.reportDirectory().resolve(ModuleReport.NAME));
    } catch (IOException e) {
      throw new MojoExecutionException("leakguard: cannot write " + request.reportDirectory().resolve(ModuleReport.NAME) + ": "
          + dev.leakguard.analyzer.IoErrors.describe(e), e);
    }
  }

  /** In GitHub Actions (or with {@code annotations}): annotations on standard output, summary.md, the job summary. */
  private void pullRequestOutputs(LeakguardRun.Outcome outcome, LeakguardRequest request, Path base) throws MojoExecutionException {
    GithubActions gh = GithubActions.from(System.getenv());
    if (!annotations && !gh.active()) {
      return;
    }
    String note = outcome.baseline() == null || outcome.accepted() == 0 ? null
        : count(outcome.accepted(), "finding is", "findings are") + " accepted by the baseline.";
    String sarif = RelativePaths.relative(base, request.sarifFile());
    try {
      String lines = gh.publish(outcome.newFindings(), base, request.reportDirectory(), sarif, note, project.getArtifactId());
      synchronized (System.out) {
        System.out.print(lines);
        System.out.flush();
      }
    } catch (IOException e) {
      throw new MojoExecutionException("leakguard: cannot write the markdown summary: " + dev.leakguard.analyzer.IoErrors.describe(e), e);
    }
    getLog().info("leakguard: wrote " + RelativePaths.relative(base, request.reportDirectory().resolve(GithubActions.SUMMARY_NAME)
        .toAbsolutePath().normalize()) + (gh.stepSummary() != null ? " and appended it to the job summary" : ""));
  }

  /**
   * One finding: {@code file:line: [RuleId] message}, with what leakguard-junit measured when it
   * did, then each growth site on its own line.
   */
  static void print(Consumer<CharSequence> out, Finding f, Path base, RuntimeEvidence runtime) {
    out.accept(TextReport.line(f, base, runtime));
    for (GrowthSite g : f.growthSites()) {
      out.accept("    grows at " + RelativePaths.relative(base, g.location().file())
          + ":" + g.location().line() + " in '" + g.member() + "'");
    }
  }

  private void report(LeakguardRun.Outcome outcome, Path base) {
    var result = outcome.result();
    String roots = count(outcome.sourceRoots().size(), "source root", "source roots");
    getLog().info("leakguard: " + count(result.filesAnalysed(), "file", "files") + " in " + roots + " analysed: "
        + TextReport.summary(result.findings()));
    getLog().info(String.format(java.util.Locale.ROOT, "leakguard: analysis took %.2f s (%d files from the cache)",
        outcome.millis() / 1000.0, outcome.cachedFiles()));
    if (outcome.baseline() != null) {
      getLog().info("leakguard: " + count(outcome.accepted(), "finding is", "findings are") + " accepted by the baseline "
          + RelativePaths.relative(base, baselineFile.toPath()));
      if (!outcome.stale().isEmpty()) {
        getLog().warn("leakguard: " + count(outcome.stale().size(), "baseline entry no longer matches", "baseline entries no longer match")
            + ": " + String.join(", ", outcome.stale()) + " — run leakguard:baseline to shrink it");
      }
    }
  }
}
