package dev.leakguard.analyzer.review;

import dev.leakguard.core.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The review of a pull request, shared by the CLI and the Maven goal: the lines the change adds
 * (git), the findings on them, the payload, and, when asked, posting it with only the findings
 * that have no comment yet, so re-runs never duplicate one.
 */
public final class Review {
  /** The environment variable the token is read from unless another is named. */
  public static final String DEFAULT_TOKEN_ENV = "GITHUB_TOKEN";

  private Review() {}

  /**
   * What to review and where to post.
   *
   * @param repoDir a directory inside the work tree
   * @param baseRef the branch the change goes into, e.g. {@code origin/main}
   * @param post post the review (otherwise only build the payload)
   * @param apiUrl the REST API base, or null for {@code GITHUB_API_URL} or {@value GithubClient#DEFAULT_API_URL}
   * @param repository {@code owner/name}, or null for {@code GITHUB_REPOSITORY}
   * @param pullRequest the number, or null for the Actions event's
   * @param tokenEnv the environment variable holding the token, or null for {@value #DEFAULT_TOKEN_ENV}
   * @param env the environment (System.getenv() outside tests)
   */
  public record Request(Path repoDir, String baseRef, boolean post, String apiUrl, String repository, Integer pullRequest,
      String tokenEnv, Map<String, String> env) {
    public Request {
      env = Map.copyOf(env);
    }

    @Override
    public String toString() {
      return "Review.Request[" + repoDir + ", " + baseRef + ", post=" + post + "]";
    }
  }

  /**
   * What happened.
   *
   * @param items the findings on added lines, most important first
   * @param payload the review payload for all of them (what {@code review.json} holds)
   * @param target the pull request posted to, or null when not posting
   * @param posted comments posted (0 when nothing was new)
   * @param alreadyCommented findings skipped because their marker was already there
   * @param reviewUrl the posted review's page, or null
   */
  public record Outcome(ChangedLines changes, List<ReviewItem> items, String payload, PullRequest target, int posted,
      int alreadyCommented, String reviewUrl) {}

  /** Prepares the review and, when the request says so, posts it. */
  public static Outcome run(List<Finding> findings, Request request) throws ReviewException {
    return post(prepare(findings, request), request);
  }

  /**
   * The review before posting: the added lines, the findings on them and the payload. Callers
   * save the payload before {@link #post}, so it is there even when posting fails (a fork's
   * read-only token).
   */
  public static Outcome prepare(List<Finding> findings, Request request) throws ReviewException {
    ChangedLines changes = GitDiff.addedLines(request.repoDir(), request.baseRef());
    List<ReviewItem> items = DiffFilter.select(findings, changes);
    String payload = ReviewPayload.render(ReviewPayload.build(changes.head(), items));
    return new Outcome(changes, items, payload, null, 0, 0, null);
  }

  /** Posts a prepared review when the request says so (otherwise returns it as it is). */
  public static Outcome post(Outcome prepared, Request request) throws ReviewException {
    if (!request.post()) {
      return prepared;
    }
    ChangedLines changes = prepared.changes();
    List<ReviewItem> items = prepared.items();
    String payload = prepared.payload();
    String tokenEnv = request.tokenEnv() == null || request.tokenEnv().isBlank() ? DEFAULT_TOKEN_ENV : request.tokenEnv().strip();
    String token = request.env().get(tokenEnv);
    if (token == null || token.isBlank()) {
      throw new ReviewException("no token to post the review: set the environment variable " + tokenEnv
          + " (in GitHub Actions: env: " + tokenEnv + ": ${{ secrets.GITHUB_TOKEN }}, with permissions: pull-requests: write)");
    }
    PullRequest target = PullRequest.resolve(request.repository(), request.pullRequest(), request.env());
    if (target.headSha() != null && !target.headSha().equals(changes.head())) {
      throw new ReviewException("HEAD (" + abbrev(changes.head()) + ") is not the head of pull request " + target + " ("
          + abbrev(target.headSha()) + "), so the comments' lines would not match its diff. For pull_request events"
          + " actions/checkout checks out a merge commit: check out the head with"
          + " ref: ${{ github.event.pull_request.head.sha }} (and fetch-depth: 0)");
    }
    String apiUrl = firstNonBlank(request.apiUrl(), request.env().get("GITHUB_API_URL"), GithubClient.DEFAULT_API_URL);
    GithubClient client = new GithubClient(apiUrl, token, tokenEnv);
    Set<String> done = client.commentedFingerprints(target);
    List<ReviewItem> fresh = new ArrayList<>();
    for (ReviewItem item : items) {
      if (!done.contains(item.finding().fingerprint())) {
        fresh.add(item);
      }
    }
    int skipped = items.size() - fresh.size();
    if (fresh.isEmpty()) {
      return new Outcome(changes, items, payload, target, 0, skipped, null);
    }
    var toPost = ReviewPayload.build(changes.head(), fresh);
    String url = client.createReview(target, ReviewPayload.render(toPost));
    return new Outcome(changes, items, payload, target, toPost.get("comments").size(), skipped, url.isEmpty() ? null : url);
  }

  /** One line for a log: what the review found and did. */
  public static String describe(Outcome o) {
    int n = o.items().size();
    StringBuilder b = new StringBuilder("review: ").append(o.changes().count()).append(o.changes().count() == 1 ? " added line" : " added lines")
        .append(" since ").append(abbrev(o.changes().mergeBase())).append(", ")
        .append(n == 0 ? "no finding on them" : n + (n == 1 ? " finding on them" : " findings on them"));
    if (o.target() != null) {
      b.append("; ");
      if (o.posted() > 0) {
        b.append("posted ").append(o.posted()).append(o.posted() == 1 ? " comment" : " comments").append(" to ").append(o.target());
        if (o.reviewUrl() != null) {
          b.append(" (").append(o.reviewUrl()).append(')');
        }
      } else {
        b.append("nothing new to post to ").append(o.target());
      }
      if (o.alreadyCommented() > 0) {
        b.append(", ").append(o.alreadyCommented()).append(" already commented on");
      }
    }
    return b.toString();
  }

  private static String abbrev(String sha) {
    return sha.length() > 12 ? sha.substring(0, 12) : sha;
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
