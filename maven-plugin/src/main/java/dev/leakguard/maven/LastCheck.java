package dev.leakguard.maven;

import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * {@code check -Daggregate=true}: counts the modules whose {@code check} has run in a build, and
 * lets the last one (in whatever order a parallel build finishes them) write the build's report.
 */
final class LastCheck {
  /** The modules done, per build; weak: a finished build's entry goes with its session. */
  private static final Map<MavenSession, Set<String>> DONE = Collections.synchronizedMap(new WeakHashMap<>());

  private LastCheck() {}

  static void done(MavenSession session, MavenProject project, MojoExecution execution, Log log) throws MojoExecutionException {
    String pluginKey = execution.getGroupId() + ":" + execution.getArtifactId();
    Set<String> expected = new HashSet<>();
    session.getProjects().stream().filter(p -> runsCheck(p, pluginKey, execution.getGoal())).forEach(p -> expected.add(p.getId()));
    if (expected.isEmpty()) { // the goal was given on the command line: it runs in every module
      session.getProjects().forEach(p -> expected.add(p.getId()));
    }
    // One at a time: the last module's report reads every other module's, written before it.
    synchronized (DONE) {
      Set<String> done = DONE.computeIfAbsent(session, s -> new HashSet<>());
      done.add(project.getId());
      if (done.containsAll(expected)) {
        MavenProject top = session.getTopLevelProject() != null ? session.getTopLevelProject() : session.getProjects().get(0);
        Path root = Path.of(session.getExecutionRootDirectory()).toAbsolutePath().normalize();
        AggregateMojo.BuildReports.write(session.getProjects(), root, Path.of(top.getBuild().getDirectory(), "leakguard"), log);
      }
    }
  }

  /** Whether the project's build binds this plugin's check goal (or this very execution runs there). */
  private static boolean runsCheck(MavenProject p, String pluginKey, String goal) {
    for (Plugin plugin : p.getBuildPlugins()) {
      if (plugin.getKey().equals(pluginKey)) {
        for (PluginExecution e : plugin.getExecutions()) {
          if (e.getGoals().contains(goal)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
