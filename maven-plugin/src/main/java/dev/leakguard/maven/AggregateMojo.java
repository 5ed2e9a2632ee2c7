package dev.leakguard.maven;

import dev.leakguard.analyzer.report.GithubActions;
import dev.leakguard.core.RelativePaths;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * One report for the whole build: after {@code check} has run in every module
 * ({@code mvn verify leakguard:aggregate}), writes one {@code leakguard.sarif} with every path
 * relative to the repository root and one {@code summary.md} to {@code targetDirectory} of the
 * project it runs in (the root), and appends the summary to the job summary in GitHub Actions. A
 * finding several modules report is one result. Reads each module's
 * {@code target/leakguard/result.lgf}; a module where {@code check} did not run adds nothing.
 * {@code check} with {@code aggregate=true} does the same by itself.
 *
 * @since 0.1.0
 */
@Mojo(name = "aggregate", aggregator = true, threadSafe = true)
public class AggregateMojo extends AbstractMojo {
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  protected MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  protected MavenSession session;

  /**
   * Where the build's report goes.
   *
   * @since 0.1.0
   */
  @Parameter(property = "leakguard.targetDirectory", defaultValue = "${project.build.directory}/leakguard")
  protected File targetDirectory;

  /**
   * Skips the build's report.
   *
   * @since 0.1.0
   */
  @Parameter(property = "leakguard.skip", defaultValue = "false")
  protected boolean skip;

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("leakguard: skipped (leakguard.skip)");
      return;
    }
    Path root = Path.of(session.getExecutionRootDirectory()).toAbsolutePath().normalize();
    Path written = BuildReports.write(session.getProjects(), root, targetDirectory.toPath(), getLog());
    if (written == null) {
      getLog().warn("leakguard: no module's check report was found; run leakguard:aggregate after check"
          + " (e.g. mvn verify leakguard:aggregate)");
    }
  }

  /** Writing the build's report from the modules' results, shared with {@code check -Daggregate=true}. */
  static final class BuildReports {
    private BuildReports() {}

    /** Writes the report of {@code projects} to {@code reportDir}; null when none of them has a check report. */
    static Path write(List<MavenProject> projects, Path root, Path reportDir, org.apache.maven.plugin.logging.Log log)
        throws MojoExecutionException {
      List<ModuleReport> reports = projects.stream()
          .map(p -> ModuleReport.read(Path.of(p.getBuild().getDirectory(), "leakguard", ModuleReport.NAME)))
          .flatMap(java.util.Optional::stream).toList();
      if (reports.isEmpty()) {
        return null;
      }
      BuildReport report = BuildReport.of(reports);
      try {
        report.write(root, reportDir, GithubActions.from(System.getenv()));
      } catch (IOException e) {
        throw new MojoExecutionException("leakguard: cannot write the build's report to " + reportDir + ": "
            + dev.leakguard.analyzer.IoErrors.describe(e), e);
      }
      Path sarif = reportDir.resolve(BuildReport.SARIF_NAME).toAbsolutePath().normalize();
      log.info("leakguard: build report of " + AbstractLeakguardMojo.count(reports.size(), "module", "modules") + ": "
          + dev.leakguard.analyzer.report.TextReport.summary(report.result().findings()) + "; wrote "
          + RelativePaths.relative(root, sarif) + " and " + GithubActions.SUMMARY_NAME);
      return sarif;
    }
  }
}
