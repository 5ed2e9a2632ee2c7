package dev.leakguard.maven;

import dev.leakguard.core.RelativePaths;
import dev.leakguard.analyzer.baseline.Baseline;
import dev.leakguard.analyzer.baseline.BaselineException;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Accepts the module's current findings: writes their fingerprints (rule id and the collection's
 * qualified name) to {@code baselineFile}, sorted and atomically, replacing what was there. From
 * then on {@code check} fails only on new findings, and reports entries that no longer match so
 * the baseline can shrink. Run it as {@code mvn leakguard:baseline} and commit the file.
 *
 * @since 0.1.0
 */
@Mojo(name = "baseline", threadSafe = true, requiresDependencyCollection = ResolutionScope.TEST)
public class BaselineMojo extends AbstractLeakguardMojo {

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skipped()) {
      return;
    }
    LeakguardRequest request = request(null, false);
    LeakguardRun.Outcome outcome = analyse(request);
    int unreadable = reportDiagnostics(outcome, failOnParseError);
    if (failOnParseError && unreadable > 0) {
      throw new MojoFailureException(count(unreadable, "source file", "source files")
          + " could not be analysed (failOnParseError); the baseline was not written");
    }
    Path file = baselineFile.toPath().toAbsolutePath().normalize();
    Baseline baseline = Baseline.of(outcome.result().findings());
    try {
      baseline.write(file);
    } catch (BaselineException e) {
      throw new MojoExecutionException("leakguard: " + e.getMessage(), e);
    }
    Path base = request.baseDir().toAbsolutePath().normalize();
    getLog().info("leakguard: wrote " + count(baseline.fingerprints().size(), "fingerprint", "fingerprints") + " to "
        + RelativePaths.relative(base, file)
        + (unreadable > 0 ? " (" + count(unreadable, "file", "files") + " could not be analysed and added nothing)" : ""));
  }
}
