package dev.leakguard.maven;

import dev.leakguard.analyzer.facts.FactsFile;
import dev.leakguard.analyzer.facts.FactsFileException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * The facts of the modules a project depends on: for a module built in this session, the
 * {@code facts.lgf} its own analysis wrote to {@code target/leakguard/} (Maven builds a
 * module only after the modules it depends on, with {@code -T} too); for a dependency from a
 * repository (or a module built earlier), the facts its jar carries under
 * {@code META-INF/leakguard/facts.lgf}. A dependency without facts adds nothing; facts that cannot be read
 * (written by an incompatible leakguard) are skipped with a warning.
 */
final class UpstreamFacts {
  private static final Set<String> MAIN_SCOPES = Set.of(Artifact.SCOPE_COMPILE, Artifact.SCOPE_PROVIDED, Artifact.SCOPE_SYSTEM);

  private UpstreamFacts() {}

  static List<FactsFile.Loaded> of(MavenProject project, MavenSession session, boolean includeTests, Path root, Log log) {
    Map<String, MavenProject> reactor = new HashMap<>();
    if (session != null && session.getProjects() != null) {
      for (MavenProject p : session.getProjects()) {
        reactor.put(key(p.getGroupId(), p.getArtifactId(), p.getVersion()), p);
      }
    }
    List<FactsFile.Loaded> out = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (Artifact a : project.getArtifacts()) {
      if (!includeTests && !MAIN_SCOPES.contains(a.getScope())) {
        continue;
      }
      String key = key(a.getGroupId(), a.getArtifactId(), a.getBaseVersion());
      if (!seen.add(key)) {
        continue;
      }
      try {
        facts(a, reactor.get(key), root).ifPresent(out::add);
      } catch (FactsFileException e) {
        log.warn("leakguard: ignoring the facts of " + a.getGroupId() + ":" + a.getArtifactId() + ": " + e.getMessage());
      }
    }
    return out;
  }

  private static Optional<FactsFile.Loaded> facts(Artifact a, MavenProject inReactor, Path root) throws FactsFileException {
    if (inReactor != null) {
      Path written = Path.of(inReactor.getBuild().getDirectory(), "leakguard", FactsFile.NAME);
      if (Files.isRegularFile(written)) {
        return Optional.of(FactsFile.read(written, root));
      }
    }
    File file = a.getFile();
    if (file == null) {
      return Optional.empty();
    }
    Path p = file.toPath();
    if (Files.isDirectory(p)) { // a module of this build resolved to its classes
      Path inClasses = p.resolve(FactsFile.JAR_ENTRY);
      return Files.isRegularFile(inClasses) ? Optional.of(FactsFile.read(inClasses, root)) : Optional.empty();
    }
    return Files.isRegularFile(p) && p.getFileName().toString().endsWith(".jar") ? FactsFile.fromJar(p, root) : Optional.empty();
  }

  private static String key(String groupId, String artifactId, String version) {
    return groupId + ":" + artifactId + ":" + version;
  }
}
