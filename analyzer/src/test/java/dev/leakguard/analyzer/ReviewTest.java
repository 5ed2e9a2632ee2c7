package dev.leakguard.analyzer;

import static dev.leakguard.analyzer.Git.git;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leakguard.analyzer.cli.Main;
import dev.leakguard.analyzer.review.GithubClient;
import dev.leakguard.analyzer.review.Review;
import dev.leakguard.analyzer.review.ReviewException;
import dev.leakguard.analyzer.review.ReviewItem;
import dev.leakguard.core.Finding;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review over a throwaway git repository built with the real git: an old static map on main,
 * and a change that adds one {@code put} to it in a new method plus an unrelated line in another
 * file that has an old, untouched leak. Posting runs against a stand-in API on 127.0.0.1.
 */
class ReviewTest {
  private static final String TOKEN = "ghs_s3cr3tT0kenValue0123456789";
  private static final String REGISTRY = "src/main/java/com/acme/Registry.java";
  private static final String LEGACY = "src/main/java/com/acme/Legacy.java";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;
  private Path upstream;
  private Path work;

  @BeforeEach
  void repositories() throws IOException {
    upstream = Git.init(tmp.resolve("upstream"));
    Git.write(upstream.resolve(REGISTRY), """
        package com.acme;

        import java.util.HashMap;
        import java.util.Map;

        public class Registry {
          private static final Map<String, String> NAMES = new HashMap<>();

          public static String lookup(String key) {
            return NAMES.get(key);
          }
        }
        """);
    Git.write(upstream.resolve(LEGACY), """
        package com.acme;

        import java.util.ArrayList;
        import java.util.List;

        public class Legacy {
          static final List<String> EVENTS = new ArrayList<>();

          public void record(String event) {
            EVENTS.add(event);
          }

          public int count() {
            return EVENTS.size();
          }
        }
        """);
    Git.commitAll(upstream, "an old registry and an old leak");
    git(upstream, "checkout", "-q", "-b", "feature");
    Git.write(upstream.resolve(REGISTRY), Files.readString(upstream.resolve(REGISTRY)).replace("""
            return NAMES.get(key);
          }
        """, """
            return NAMES.get(key);
          }

          public static void register(String key, String name) {
            NAMES.put(key, name);
          }
        """));
    Git.write(upstream.resolve(LEGACY), Files.readString(upstream.resolve(LEGACY)).replace("""
            return EVENTS.size();""", """
            System.out.println("counting");
            return EVENTS.size();"""));
    Git.commitAll(upstream, "register names");
    git(upstream, "checkout", "-q", "main");

    work = tmp.resolve("work");
    git(tmp, "clone", "-q", upstream.toString(), work.toString());
    Git.configure(work);
    git(work, "checkout", "-q", "feature");
  }

  private static List<Finding> analyse(Path repo) {
    return new Analyzer(AnalyzerConfig.defaults().withThreads(1)).analyze(List.of(repo.resolve("src"))).findings();
  }

  private static int lineOf(Path file, String text) throws IOException {
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " not in " + file);
  }

  private static Review.Request request(Path dir, String baseRef) {
    return new Review.Request(dir, baseRef, false, null, null, null, null, Map.of());
  }

  @Test
  void review_holdsExactlyTheFindingWhoseGrowthSiteTheChangeAdds() throws Exception {
    List<Finding> findings = analyse(work);
    assertEquals(2, findings.size(), "the old leak and the registry: " + findings);

    Review.Outcome o = Review.run(findings, request(work, "origin/main"));

    assertEquals(1, o.items().size(), () -> o.items().toString());
    ReviewItem item = o.items().get(0);
    assertEquals("com.acme.Registry.NAMES", item.finding().holder());
    assertEquals(REGISTRY, item.path());
    assertEquals(lineOf(work.resolve(REGISTRY), "NAMES.put("), item.line());
    assertEquals("register", item.growthSite().member());

    JsonNode payload = JSON.readTree(o.payload());
    assertEquals(git(work, "rev-parse", "HEAD"), payload.get("commit_id").asText());
    assertEquals("COMMENT", payload.get("event").asText());
    assertEquals(1, payload.get("comments").size());
    JsonNode c = payload.get("comments").get(0);
    assertEquals(REGISTRY, c.get("path").asText());
    assertEquals(item.line(), c.get("line").asInt());
    assertEquals("RIGHT", c.get("side").asText());
    String body = c.get("body").asText();
    for (String part : List.of("`Registry.NAMES`", "UnboundedStaticCollection", "`put` in `register`",
        "declared at `" + REGISTRY + ":" + lineOf(work.resolve(REGISTRY), "NAMES = new HashMap") + "`", "How to fix", "maximumSize",
        "<!-- leakguard:fingerprint=UnboundedStaticCollection:com.acme.Registry.NAMES -->")) {
      assertTrue(body.contains(part), () -> part + " not in\n" + body);
    }
    assertFalse(o.payload().contains("Legacy"), o.payload());
  }

  @Test
  void review_ofANewHolder_commentsOnItsDeclaration() throws Exception {
    git(work, "checkout", "-q", "-b", "cache", "origin/main");
    Git.write(work.resolve("src/main/java/com/acme/Sessions.java"), """
        package com.acme;

        import java.util.HashSet;
        import java.util.Set;

        public class Sessions {
          private static final Set<String> OPEN = new HashSet<>();

          public void open(String id) {
            OPEN.add(id);
          }
        }
        """);
    Git.commitAll(work, "sessions");
    Review.Outcome o = Review.run(analyse(work), request(work, "origin/main"));
    assertEquals(1, o.items().size(), () -> o.items().toString());
    assertTrue(o.items().get(0).onDeclaration());
    assertEquals(lineOf(work.resolve("src/main/java/com/acme/Sessions.java"), "OPEN = new"), o.items().get(0).line());
    assertTrue(JSON.readTree(o.payload()).get("comments").get(0).get("body").asText().contains("`Sessions.OPEN` is declared here and grows at"));
  }

  @Test
  void missingBaseRef_saysHowToFetchIt() {
    ReviewException e = assertThrows(ReviewException.class, () -> Review.run(analyse(work), request(work, "origin/release")));
    assertTrue(e.getMessage().contains("base ref 'origin/release' is not in this repository"), e.getMessage());
    assertTrue(e.getMessage().contains("git fetch origin release:refs/remotes/origin/release"), e.getMessage());
  }

  @Test
  void shallowSingleBranchClone_saysHowToFetchTheBase_andTheAdviceWorks() throws Exception {
    Path shallow = tmp.resolve("shallow");
    git(tmp, "clone", "-q", "--depth", "1", "--single-branch", "--branch", "feature", Git.fileUrl(upstream), shallow.toString());
    ReviewException e = assertThrows(ReviewException.class, () -> Review.run(analyse(shallow), request(shallow, "origin/main")));
    assertTrue(e.getMessage().contains("base ref 'origin/main' is not in this clone, which is shallow"), e.getMessage());
    String fetch = "git fetch --unshallow origin main:refs/remotes/origin/main";
    assertTrue(e.getMessage().contains(fetch), e.getMessage());
    assertTrue(e.getMessage().contains("fetch-depth: 0"), e.getMessage());

    git(shallow, fetch.substring(4).split(" "));
    assertEquals(1, Review.run(analyse(shallow), request(shallow, "origin/main")).items().size());
  }

  @Test
  void shallowCloneWithoutTheMergeBase_saysToUnshallow_andTheAdviceWorks() throws Exception {
    Path shallow = tmp.resolve("shallow-both");
    git(tmp, "clone", "-q", "--depth", "1", "--no-single-branch", "--branch", "feature", Git.fileUrl(upstream), shallow.toString());
    ReviewException e = assertThrows(ReviewException.class, () -> Review.run(analyse(shallow), request(shallow, "origin/main")));
    assertTrue(e.getMessage().contains("cannot find the merge base of 'origin/main' and HEAD: this clone is shallow"), e.getMessage());
    assertTrue(e.getMessage().contains("git fetch --unshallow origin"), e.getMessage());

    git(shallow, "fetch", "-q", "--unshallow", "origin");
    assertEquals(1, Review.run(analyse(shallow), request(shallow, "origin/main")).items().size());
  }

  @Test
  void notAGitRepository_isAClearError() throws Exception {
    Path plain = Files.createDirectories(tmp.resolve("plain"));
    ReviewException e = assertThrows(ReviewException.class, () -> Review.run(List.of(), request(plain, "origin/main")));
    assertTrue(e.getMessage().contains("is not inside a git work tree"), e.getMessage());
  }

  // --- the command line and posting ---

  private record Run(int status, String out, String err) {
    String all() {
      return out + err;
    }
  }

  private Run cli(Map<String, String> env, String... extra) {
    String[] base = {"--root", work.toString(), "--base-ref", "origin/main"};
    String[] args = new String[base.length + extra.length + 1];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    args[args.length - 1] = work.resolve("src").toString();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), env);
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The environment of a GitHub Actions pull_request run checked out at the PR head. */
  private Map<String, String> actions(FakeGithub api) throws IOException {
    Path event = tmp.resolve("event.json");
    Files.writeString(event, "{\"action\":\"synchronize\",\"number\":7,\"pull_request\":{\"number\":7,\"head\":{\"sha\":\""
        + git(work, "rev-parse", "HEAD") + "\"}}}");
    Map<String, String> env = new HashMap<>();
    env.put("GITHUB_ACTIONS", "true");
    env.put("GITHUB_REPOSITORY", "acme/shop");
    env.put("GITHUB_EVENT_PATH", event.toString());
    env.put("GITHUB_API_URL", api.url());
    env.put("GITHUB_TOKEN", TOKEN);
    return env;
  }

  @Test
  void cli_writesThePayload_withoutPosting() throws Exception {
    Path out = tmp.resolve("out/review.json");
    Run r = cli(Map.of(), "--output", out.toString());
    assertEquals(1, r.status(), r.err());
    assertEquals("", r.out());
    assertEquals(1, JSON.readTree(Files.readString(out)).get("comments").size());
    assertTrue(r.err().contains("1 finding on them"), r.err());
    assertTrue(r.err().contains(REGISTRY + ":" + lineOf(work.resolve(REGISTRY), "NAMES.put(") + ": [UnboundedStaticCollection] this 'put' in"
        + " 'register' grows 'Registry.NAMES' (declared at " + REGISTRY + ":" + lineOf(work.resolve(REGISTRY), "NAMES = new") + ")"), r.err());
  }

  @Test
  void post_firstRunPostsOneReview_secondRunPostsNothingNew_andTheTokenNeverShows() throws Exception {
    try (FakeGithub api = new FakeGithub(TOKEN, "acme/shop", 7)) {
      api.commentBodies.add("an unrelated human comment");
      api.commentBodies.add("another one, on page two");
      Map<String, String> env = actions(api);

      Run first = cli(env, "--post");
      assertEquals(1, first.status(), first.err());
      assertEquals(1, api.reviews.size());
      JsonNode review = api.reviews.get(0);
      assertEquals("COMMENT", review.get("event").asText());
      assertEquals(git(work, "rev-parse", "HEAD"), review.get("commit_id").asText());
      assertEquals(1, review.get("comments").size());
      assertEquals(REGISTRY, review.get("comments").get(0).get("path").asText());
      assertTrue(first.err().contains("posted 1 comment to acme/shop#7"), first.err());

      Run second = cli(env, "--post");
      assertEquals(1, second.status(), second.err());
      assertEquals(1, api.reviews.size(), "no second review");
      assertTrue(second.err().contains("nothing new to post to acme/shop#7, 1 already commented on"), second.err());
      assertTrue(api.requests.stream().anyMatch(q -> q.contains("/comments?per_page=100&page=3")), "read every page: " + api.requests);

      for (Run r : List.of(first, second)) {
        assertFalse(r.all().contains(TOKEN), r.all());
      }
    }
  }

  @Test
  void post_pullRequestAndRepositoryFromParameters_andTokenFromANamedVariable() throws Exception {
    try (FakeGithub api = new FakeGithub(TOKEN, "acme/other", 12)) {
      Run r = cli(Map.of("LEAKGUARD_GH", TOKEN), "--post", "--github-api-url", api.url() + "/", "--repository", "acme/other",
          "--pull-request", "12", "--token-env", "LEAKGUARD_GH");
      assertEquals(1, r.status(), r.err());
      assertEquals(1, api.reviews.size());
    }
  }

  @Test
  void post_401_isAClearError_namingTheStatusAndTheVariable() throws Exception {
    try (FakeGithub api = new FakeGithub("another-token", "acme/shop", 7)) {
      Run r = cli(actions(api), "--post");
      assertEquals(2, r.status());
      assertTrue(r.err().contains("GitHub API: GET /repos/acme/shop/pulls/7/comments failed with HTTP 401: Bad credentials"), r.err());
      assertTrue(r.err().contains("the token in GITHUB_TOKEN is missing, expired or not valid"), r.err());
      assertFalse(r.all().contains(TOKEN), r.all());
      assertEquals(0, api.reviews.size());
    }
  }

  @Test
  void post_500_isAClearError_andATokenEchoedByTheServerIsRedacted() throws Exception {
    try (FakeGithub api = new FakeGithub(TOKEN, "acme/shop", 7)) {
      api.failWith = 500;
      api.failBody = "{\"message\":\"Server Error while handling token " + TOKEN + "\"}";
      Map<String, String> env = actions(api);
      Run r = cli(env, "--post");
      assertEquals(2, r.status());
      assertTrue(r.err().contains("failed with HTTP 500: Server Error while handling token ***"), r.err());
      assertTrue(r.err().contains("try again later"), r.err());
      assertFalse(r.all().contains(TOKEN), r.all());

      ReviewException e = assertThrows(ReviewException.class, () -> Review.run(analyse(work),
          new Review.Request(work, "origin/main", true, null, null, null, null, env)));
      assertTrue(e.getMessage().contains("HTTP 500"), e.getMessage());
      for (Throwable t = e; t != null; t = t.getCause()) {
        assertFalse(String.valueOf(t.getMessage()).contains(TOKEN), t.toString());
      }
    }
  }

  @Test
  void post_403FromAForksToken_stillLeavesThePayloadInTheOutputFile() throws Exception {
    try (FakeGithub api = new FakeGithub(TOKEN, "acme/shop", 7)) {
      api.failWith = 403;
      api.failBody = "{\"message\":\"Resource not accessible by integration\"}";
      Path out = tmp.resolve("review.json");
      Run r = cli(actions(api), "--post", "--output", out.toString());
      assertEquals(2, r.status());
      assertTrue(r.err().contains("failed with HTTP 403: Resource not accessible by integration"), r.err());
      assertEquals(1, JSON.readTree(Files.readString(out)).get("comments").size(), "written before posting");
    }
  }

  @Test
  void post_withABrokenEventFile_saysWhereTheJsonBreaks_withoutParserInternals() throws Exception {
    Path event = tmp.resolve("broken-event.json");
    Files.writeString(event, "{\"number\": 7,,}");
    Map<String, String> env = new HashMap<>(Map.of("GITHUB_TOKEN", TOKEN, "GITHUB_REPOSITORY", "acme/shop",
        "GITHUB_EVENT_PATH", event.toString()));
    Run r = cli(env, "--post");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("the GitHub Actions event payload " + event + " is not valid JSON: "), r.err());
    assertTrue(r.err().contains("(line 1, column "), r.err());
    assertFalse(r.err().contains("StreamReadFeature") || r.err().contains("[Source:"), r.err());
  }

  @Test
  void post_toAnUnreachableHost_saysSoInWords() throws Exception {
    Map<String, String> env = new HashMap<>(Map.of("GITHUB_TOKEN", TOKEN));
    Run r = cli(env, "--post", "--repository", "acme/shop", "--pull-request", "7", "--github-api-url", "http://127.0.0.1:1");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("failed: cannot connect"), r.err());
    assertFalse(r.err().contains("java.net"), r.err());
  }

  @Test
  void post_withoutAToken_saysWhichVariableToSet() throws Exception {
    Map<String, String> env = new HashMap<>(Map.of("GITHUB_REPOSITORY", "acme/shop"));
    Run r = cli(env, "--post", "--pull-request", "7");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("no token to post the review: set the environment variable GITHUB_TOKEN"), r.err());
  }

  @Test
  void post_fromAMergeCommitCheckout_saysToCheckOutTheHead() throws Exception {
    try (FakeGithub api = new FakeGithub(TOKEN, "acme/shop", 7)) {
      Map<String, String> env = actions(api);
      Files.writeString(Path.of(env.get("GITHUB_EVENT_PATH")), "{\"pull_request\":{\"number\":7,\"head\":{\"sha\":\"0123456789abcdef\"}}}");
      Run r = cli(env, "--post");
      assertEquals(2, r.status());
      assertTrue(r.err().contains("is not the head of pull request acme/shop#7"), r.err());
      assertTrue(r.err().contains("ref: ${{ github.event.pull_request.head.sha }}"), r.err());
      assertTrue(api.requests.isEmpty());
    }
  }

  @Test
  void client_refusesPlainHttpToARemoteHost() {
    ReviewException e = assertThrows(ReviewException.class, () -> new GithubClient("http://github.example.com/api/v3", TOKEN, "GITHUB_TOKEN"));
    assertTrue(e.getMessage().contains("refusing to send the token over plain http"), e.getMessage());
    assertFalse(e.getMessage().contains(TOKEN));
  }

  @Test
  void request_toString_hasNoToken() {
    Review.Request r = new Review.Request(work, "origin/main", true, null, null, null, null, Map.of("GITHUB_TOKEN", TOKEN));
    assertFalse(r.toString().contains(TOKEN));
  }
}
