package dev.leakguard.maven;

import dev.leakguard.analyzer.facts.FactsFile;
import dev.leakguard.core.RelativePaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Publishes the module's facts in its jar: analyses the module (as {@code check} does, with the
 * facts of the modules it depends on, through the same cache, so a {@code check} at {@code verify}
 * afterwards costs nothing) and puts {@code facts.lgf} under {@code META-INF/leakguard/} in
 * the classes directory, where the jar takes it. A module that depends on this one from a
 * repository then sees its holders: growth there on a holder declared here is reported there.
 * Reports nothing and never fails on findings; {@code check} does that.
 *
 * @since 0.1.0
 */
@Mojo(name = "facts", defaultPhase = LifecyclePhase.PREPARE_PACKAGE, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.TEST)
public class FactsMojo extends AbstractLeakguardMojo {

  @Override
  protected boolean writesFacts() {
    return true;
  }

  @Override
  public void execute() throws MojoExecutionException {
    if (skipped()) {
      return;
    }
    LeakguardRequest request = request(null, false);
    LeakguardRun.Outcome outcome = analyse(request);
    reportDiagnostics(outcome, false);
    Path target = Path.of(project.getBuild().getOutputDirectory()).resolve(FactsFile.JAR_ENTRY);
    try {
      Files.createDirectories(target.getParent());
      Files.copy(factsFile(), target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new MojoExecutionException("leakguard: cannot put the module's facts in " + target + ": "
          + dev.leakguard.analyzer.IoErrors.describe(e), e);
    }
    getLog().info(String.format(java.util.Locale.ROOT, "leakguard: facts of %s analysed in %.2f s (%d from the cache) put in %s",
        count(outcome.result().filesAnalysed(), "file", "files"), outcome.millis() / 1000.0, outcome.cachedFiles(),
        RelativePaths.relative(project.getBasedir().toPath(), target)));
  }
}
