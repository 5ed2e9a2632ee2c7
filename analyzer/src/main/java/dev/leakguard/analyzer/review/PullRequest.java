package dev.leakguard.analyzer.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The pull request to review: {@code owner/name} and number, from parameters or, in GitHub
 * Actions, from {@code GITHUB_REPOSITORY} and the event payload at {@code GITHUB_EVENT_PATH}.
 *
 * @param headSha the pull request's head commit from the event payload, or null when not known
 */
public record PullRequest(String repository, int number, String headSha) {
  private static final Pattern REPOSITORY = Pattern.compile("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+");

  /**
   * Resolves the target.
   *
   * @param repository {@code owner/name}, or null for {@code GITHUB_REPOSITORY}
   * @param number the pull request number, or null for the event payload's
   */
  public static PullRequest resolve(String repository, Integer number, Map<String, String> env) throws ReviewException {
    String repo = repository != null && !repository.isBlank() ? repository.strip() : env.get("GITHUB_REPOSITORY");
    if (repo == null || repo.isBlank()) {
      throw new ReviewException("no repository to post to: give it as owner/name (--repository, leakguard.repository)"
          + " or run in GitHub Actions, which sets GITHUB_REPOSITORY");
    }
    if (!REPOSITORY.matcher(repo).matches()) {
      throw new ReviewException("repository '" + repo + "' is not of the form owner/name");
    }
    JsonNode event = event(env.get("GITHUB_EVENT_PATH"));
    JsonNode pr = event == null ? null : event.path("pull_request");
    String head = pr != null && pr.path("head").path("sha").isTextual() ? pr.path("head").path("sha").asText() : null;
    if (number != null) {
      if (number < 1) {
        throw new ReviewException("pull request number must be at least 1, was " + number);
      }
      return new PullRequest(repo, number, head);
    }
    if (event == null) {
      throw new ReviewException("no pull request number: give it (--pull-request, leakguard.pullRequest) or run in a GitHub Actions"
          + " pull_request workflow, whose event payload (GITHUB_EVENT_PATH) names it");
    }
    JsonNode n = pr.path("number").isInt() ? pr.path("number") : event.path("number");
    if (!n.isInt() || n.intValue() < 1) {
      throw new ReviewException("the GitHub Actions event at " + env.get("GITHUB_EVENT_PATH") + " is not a pull request event:"
          + " run the review on 'pull_request' or give the number (--pull-request, leakguard.pullRequest)");
    }
    return new PullRequest(repo, n.intValue(), head);
  }

  private static JsonNode event(String path) throws ReviewException {
    if (path == null || path.isBlank()) {
      return null;
    }
    String text;
    try {
      text = Files.readString(Path.of(path));
    } catch (IOException e) {
      throw new ReviewException("cannot read the GitHub Actions event payload " + path + ": " + dev.leakguard.analyzer.IoErrors.describe(e), e);
    }
    try {
      return new ObjectMapper().readTree(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      var at = e.getLocation();
      throw new ReviewException("the GitHub Actions event payload " + path + " is not valid JSON: " + e.getOriginalMessage()
          + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"), e);
    }
  }

  @Override
  public String toString() {
    return repository + "#" + number;
  }
}
