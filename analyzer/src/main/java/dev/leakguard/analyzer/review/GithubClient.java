package dev.leakguard.analyzer.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leakguard.analyzer.Version;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two GitHub REST calls the review needs, over {@link HttpClient}: list a pull request's
 * review comments (every page) and create a review. The API base URL is configurable for GitHub
 * Enterprise Server ({@code https://ghe.example.com/api/v3}). The token is sent only to that
 * host, never over plain HTTP except to the loopback interface, and is removed from every error
 * message.
 */
public final class GithubClient {
  public static final String DEFAULT_API_URL = "https://api.github.com";
  private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"next\"");
  private static final int MAX_PAGES = 200;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI api;
  private final String token;
  private final String tokenSource;
  private final HttpClient http;

  /**
   * @param apiUrl the REST API base, e.g. {@code https://api.github.com}
   * @param token the token (never shown)
   * @param tokenSource the environment variable it came from, for messages
   */
  public GithubClient(String apiUrl, String token, String tokenSource) throws ReviewException {
    this.token = Objects.requireNonNull(token);
    this.tokenSource = tokenSource;
    this.api = checkedBase(apiUrl);
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  private static URI checkedBase(String apiUrl) throws ReviewException {
    URI u;
    try {
      u = URI.create(apiUrl.strip().replaceAll("/+$", ""));
    } catch (IllegalArgumentException e) {
      throw new ReviewException("GitHub API URL '" + apiUrl + "' is not a URL");
    }
    String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
    if (u.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
      throw new ReviewException("GitHub API URL '" + apiUrl + "' must be an http(s) URL such as " + DEFAULT_API_URL
          + " or https://ghe.example.com/api/v3");
    }
    if (scheme.equals("http") && !loopback(u.getHost())) {
      throw new ReviewException("refusing to send the token over plain http to " + u.getHost() + ": use https");
    }
    return u;
  }

  private static boolean loopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** The fingerprints in the markers of the pull request's review comments, reading every page. */
  public Set<String> commentedFingerprints(PullRequest pr) throws ReviewException {
    Set<String> out = new LinkedHashSet<>();
    String path = "/repos/" + pr.repository() + "/pulls/" + pr.number() + "/comments";
    URI next = URI.create(api + path + "?per_page=100");
    for (int page = 0; next != null; page++) {
      if (page == MAX_PAGES) {
        throw new ReviewException("GitHub API: more than " + MAX_PAGES + " pages of review comments on " + pr);
      }
      HttpResponse<String> r = send(HttpRequest.newBuilder(next).GET(), "GET " + path);
      JsonNode comments = parse(r.body(), "GET " + path);
      if (!comments.isArray()) {
        throw new ReviewException("GitHub API: GET " + path + " did not return a list of comments");
      }
      for (JsonNode c : comments) {
        out.addAll(ReviewPayload.fingerprintsIn(c.path("body").asText(null)));
      }
      next = nextPage(r).orElse(null);
    }
    return out;
  }

  /** Creates the review; returns its {@code html_url} (empty when the API did not say). */
  public String createReview(PullRequest pr, String payloadJson) throws ReviewException {
    String path = "/repos/" + pr.repository() + "/pulls/" + pr.number() + "/reviews";
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(api + path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(payloadJson, StandardCharsets.UTF_8));
    HttpResponse<String> r = send(b, "POST " + path);
    return parse(r.body(), "POST " + path).path("html_url").asText("");
  }

  private Optional<URI> nextPage(HttpResponse<String> r) throws ReviewException {
    for (String link : r.headers().allValues("Link")) {
      Matcher m = NEXT.matcher(link);
      if (m.find()) {
        URI next = URI.create(m.group(1));
        if (!Objects.equals(next.getScheme(), api.getScheme()) || !Objects.equals(next.getHost(), api.getHost())
            || next.getPort() != api.getPort()) {
          throw new ReviewException("GitHub API: the next page of review comments is on another host (" + next.getHost()
              + "); not sending the token there");
        }
        return Optional.of(next);
      }
    }
    return Optional.empty();
  }

  private HttpResponse<String> send(HttpRequest.Builder b, String what) throws ReviewException {
    HttpRequest request = b.timeout(Duration.ofSeconds(60))
        .header("Accept", "application/vnd.github+json")
        .header("X-GitHub-Api-Version", "2022-11-28")
        .header("User-Agent", "leakguard/" + Version.get())
        .header("Authorization", "Bearer " + token)
        .build();
    HttpResponse<String> r;
    try {
      r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new ReviewException(redact("GitHub API: " + what + " at " + api.getHost() + " failed: " + networkFailure(e)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ReviewException("GitHub API: " + what + " interrupted");
    }
    if (r.statusCode() / 100 != 2) {
      throw new ReviewException(redact("GitHub API: " + what + " failed with HTTP " + r.statusCode() + apiMessage(r.body())
          + hint(r.statusCode())));
    }
    return r;
  }

  private JsonNode parse(String body, String what) throws ReviewException {
    try {
      return JSON.readTree(body == null || body.isBlank() ? "{}" : body);
    } catch (IOException e) {
      throw new ReviewException("GitHub API: " + what + " returned something that is not JSON");
    }
  }

  /** {@code : Bad credentials} or {@code : Validation Failed (line must be part of the diff)} from the error body. */
  static String apiMessage(String body) {
    try {
      JsonNode n = JSON.readTree(body == null ? "" : body);
      if (n == null || !n.isObject() || !n.path("message").isTextual()) {
        return "";
      }
      StringBuilder b = new StringBuilder(": ").append(n.path("message").asText());
      JsonNode errors = n.path("errors");
      if (errors.isArray() && !errors.isEmpty()) {
        b.append(" (");
        for (int i = 0; i < errors.size(); i++) {
          JsonNode e = errors.get(i);
          b.append(i > 0 ? "; " : "").append(e.isTextual() ? e.asText() : e.path("message").asText(e.toString()));
        }
        b.append(')');
      }
      return b.toString();
    } catch (IOException e) {
      return "";
    }
  }

  private String hint(int status) {
    return switch (status) {
      case 401 -> " — the token in " + tokenSource + " is missing, expired or not valid for " + api.getHost();
      case 403 -> " — the token in " + tokenSource + " may lack the pull-requests: write permission, or a rate limit was hit";
      case 404 -> " — no such repository or pull request, or the token in " + tokenSource + " cannot see it";
      case 422 -> " — GitHub rejected the review: a comment may be on a line outside the pull request's diff, or commit_id is"
          + " not the pull request's head commit";
      default -> status >= 500 ? " — GitHub had a server error; try again later" : "";
    };
  }

  private String redact(String s) {
    return token.isEmpty() ? s : s.replace(token, "***");
  }

  /** A failed connection in words: {@code connection refused}, not {@code java.net.ConnectException}. */
  static String networkFailure(IOException e) {
    if (e instanceof java.net.http.HttpConnectTimeoutException) {
      return "the connection timed out";
    }
    if (e instanceof java.net.http.HttpTimeoutException) {
      return "no answer within 60 s";
    }
    if (e instanceof java.net.ConnectException) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      String m = cause.getMessage();
      return m == null || m.isBlank() ? "cannot connect (connection refused)" : "cannot connect (" + m.strip() + ")";
    }
    if (e instanceof java.net.UnknownHostException) {
      return "unknown host (check the API URL and the network)";
    }
    if (e instanceof javax.net.ssl.SSLException) {
      return "the TLS connection failed" + (e.getMessage() == null ? "" : " (" + e.getMessage().strip() + ")");
    }
    return dev.leakguard.analyzer.IoErrors.describe(e);
  }
}
