package dev.leakguard.maven;

import dev.leakguard.core.RelativePaths;
import dev.leakguard.analyzer.IoErrors;
import dev.leakguard.analyzer.report.AtomicFiles;
import dev.leakguard.analyzer.review.Review;
import dev.leakguard.analyzer.review.ReviewException;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Reviews a pull request: analyses the module, keeps the findings whose declaration or growth
 * site lies on a line the change adds since its merge base with {@code baseRef} (git), and
 * writes GitHub's "create a review" payload to {@code targetDirectory/review.json}: one comment
 * per finding on the touched line. With {@code post} it posts the review, skipping findings that
 * already have a comment, so re-runs never duplicate one. It does not fail the build on
 * findings (that is {@code check}'s job); it fails when git or the GitHub API does.
 *
 * @since 0.1.0
 */
@Mojo(name = "review", threadSafe = true, requiresDependencyCollection = ResolutionScope.TEST)
public class ReviewMojo extends AbstractLeakguardMojo {
  /** The name of the payload in {@code targetDirectory}. */
  static final String REVIEW_NAME = "review.json";

  /**
   * The branch the change will be merged into, e.g. {@code origin/main}; required unless the goal
   * is skipped. It must be in the clone
   * with enough history to reach the merge base (in GitHub Actions: {@code actions/checkout} with
   * {@code fetch-depth: 0}).
   *
   * @since 0.1.0
   */
  @Parameter(property = "leakguard.baseRef")
  protected String baseRef;

  /**
   * Posts the review to the pull request (needs a token with {@code pull-requests: write} in the
   * environment variable {@code tokenEnv}). By default only {@code review.json} is written.
   *
   * @since 0.1.0
   */
  @Parameter(property = "leakguard.post", defaultValue = "false")
  protected boolean post;

  /**
   * The GitHub REST API base URL; for GitHub Enterprise Server {@code https://HOST/api/v3}.
   * Default: {@code $GITHUB_API_URL} (set in GitHub Actions), else {@code https://api.github.com}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "leakguard.apiUrl")
  protected String apiUrl;

  /**
   * The repository as {@code owner/name}. Default: {@code $GITHUB_REPOSITORY} (set in GitHub Actions).
   *
   * @since 0.1.0
   */
  @Parameter(property = "leakguard.repository")
  protected String repository;

  /**
   * The pull request number. Default: the pull request of the GitHub Actions event
   * ({@code $GITHUB_EVENT_PATH}).
   *
   * @since 0.1.0
   */
  @Parameter(property = "leakguard.pullRequest")
  protected Integer pullRequest;

  /**
   * The name of the environment variable that holds the token. The token itself is never a
   * parameter, never printed, and removed from error messages.
   *
   * @since 0.1.0
   */
  @Parameter(property = "leakguard.tokenEnv", defaultValue = Review.DEFAULT_TOKEN_ENV)
  protected String tokenEnv;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skipped()) {
      return;
    }
    if (baseRef == null || baseRef.isBlank()) {
      throw new MojoExecutionException("leakguard: the review needs the branch the change goes into: set baseRef"
          + " (-Dleakguard.baseRef=origin/main)");
    }
    LeakguardRequest request = request(null, false);
    LeakguardRun.Outcome outcome = analyse(request);
    reportDiagnostics(outcome, false);
    Path base = request.baseDir().toAbsolutePath().normalize();
    Path file = targetDirectory.toPath().resolve(REVIEW_NAME).toAbsolutePath().normalize();
    Review.Request reviewRequest = new Review.Request(base, baseRef, post, apiUrl, repository, pullRequest, tokenEnv, System.getenv());
    Review.Outcome review;
    try {
      review = Review.prepare(outcome.result().findings(), reviewRequest);
    } catch (ReviewException e) {
      throw new MojoExecutionException("leakguard: " + e.getMessage());
    }
    // Written before posting: when posting fails (a fork's read-only token), the payload is still
    // there to keep as an artifact or post from a trusted workflow.
    try {
      AtomicFiles.write(file, review.payload());
    } catch (IOException e) {
      throw new MojoExecutionException("leakguard: cannot write " + file + ": " + IoErrors.describe(e), e);
    }
    try {
      review = Review.post(review, reviewRequest);
    } catch (ReviewException e) {
      throw new MojoExecutionException("leakguard: " + e.getMessage() + " (the review is in "
          + RelativePaths.relative(base, file) + ")");
    }
    review.items().forEach(i -> getLog().warn(i.describe()));
    getLog().info("leakguard: " + Review.describe(review) + "; wrote " + RelativePaths.relative(base, file));
  }
}
