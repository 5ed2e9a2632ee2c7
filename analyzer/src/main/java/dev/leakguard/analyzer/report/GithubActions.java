package dev.leakguard.analyzer.report;

import dev.leakguard.core.Finding;
import dev.leakguard.core.RelativePaths;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

/**
 * What a run learns from the GitHub Actions environment: whether it runs in Actions
 * ({@code GITHUB_ACTIONS=true}), the checkout ({@code GITHUB_WORKSPACE}, which annotation paths
 * are relative to), the job summary file ({@code GITHUB_STEP_SUMMARY}) and what links to a file
 * at the built commit ({@code GITHUB_SERVER_URL}, {@code GITHUB_REPOSITORY}, {@code GITHUB_SHA}).
 * Every field is null when its variable is not set.
 */
public record GithubActions(boolean active, Path workspace, Path stepSummary, String serverUrl, String repository, String sha) {

  public static GithubActions from(Map<String, String> env) {
    return new GithubActions("true".equalsIgnoreCase(env.get("GITHUB_ACTIONS")), path(env.get("GITHUB_WORKSPACE")),
        path(env.get("GITHUB_STEP_SUMMARY")), blankToNull(env.get("GITHUB_SERVER_URL")), blankToNull(env.get("GITHUB_REPOSITORY")),
        blankToNull(env.get("GITHUB_SHA")));
  }

  /**
   * The directory annotation paths must be relative to: the workspace (the repository root)
   * when {@code dir} lies in it, else {@code dir}.
   */
  public Path annotationRoot(Path dir) {
    return workspace != null && RelativePaths.under(workspace, dir) != null ? workspace : dir.toAbsolutePath().normalize();
  }

  /**
   * The prefix that turns a path relative to {@code dir} into a link to the file at the built
   * commit ({@code https://github.com/acme/shop/blob/<sha>/module/}), or null outside Actions.
   */
  public String linkBase(Path dir) {
    if (serverUrl == null || repository == null || sha == null) {
      return null;
    }
    String base = serverUrl.replaceAll("/+$", "") + "/" + repository + "/blob/" + sha + "/";
    String module = workspace == null ? null : RelativePaths.under(workspace, dir);
    return module == null || module.isEmpty() ? base : base + module + "/";
  }

  /** The name of the markdown summary written next to the SARIF report. */
  public static final String SUMMARY_NAME = "summary.md";

  /**
   * What a build gate does for a pull request: writes the markdown summary to
   * {@code reportDir/summary.md}, appends it to the job summary when {@code GITHUB_STEP_SUMMARY}
   * is set, and returns the annotation lines for the caller to print as they are (workflow
   * commands must start their line, so not through a logger that adds a prefix).
   *
   * @param findings the findings the gate reports (not in the baseline)
   * @param baseDir the directory the reports' paths are relative to (the module)
   * @param sarifShown where the SARIF report is, as the last annotation line names it
   * @param note a sentence for the summary (e.g. the baseline's count), or null
   */
  public String publish(List<Finding> findings, Path baseDir, Path reportDir, String sarifShown, String note) throws IOException {
    return publish(findings, baseDir, reportDir, sarifShown, note, null);
  }

  /** {@link #publish(List, Path, Path, String, String)} for one module of a build: its summary's heading names {@code module}. */
  public String publish(List<Finding> findings, Path baseDir, Path reportDir, String sarifShown, String note, String module)
      throws IOException {
    String markdown = MarkdownSummary.render(findings, baseDir, linkBase(baseDir), note, module);
    AtomicFiles.write(reportDir.resolve(SUMMARY_NAME), markdown);
    if (stepSummary != null) {
      appendStepSummary(stepSummary, markdown);
    }
    return GithubAnnotations.render(findings, annotationRoot(baseDir), GithubAnnotations.MAX_PER_STEP, sarifShown);
  }

  /**
   * Appends markdown to the job summary file, under a file lock so that modules of a parallel
   * build do not interleave.
   */
  public static void appendStepSummary(Path file, String markdown) throws IOException {
    String text = markdown.endsWith("\n") ? markdown + "\n" : markdown + "\n\n";
    // One JVM (a parallel Maven build) may not hold two locks on a file: serialise threads first.
    synchronized (GithubActions.class) {
      appendLocked(file, text);
    }
  }

  private static void appendLocked(Path file, String text) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        FileLock lock = ch.lock()) {
      ByteBuffer buf = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
      while (buf.hasRemaining()) {
        ch.write(buf);
      }
    }
  }

  private static Path path(String s) {
    return s == null || s.isBlank() ? null : Path.of(s);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
