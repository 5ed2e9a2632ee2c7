package dev.leakguard.examples.casestudy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leakguard.junit.LeakTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Sends 10,000 requests to the fixed service under leakguard's runtime confirmation. leakguard
 * reports nothing here, so the test names the two holders to watch: both stay flat (the history
 * is flushed to the audit sink at 900 entries, the cache holds at most 1,000 results), and the
 * test passes. No accessor is written for the test.
 */
class LoadTest {
  private static TransformServer server;
  private static HttpClient client;
  private static URI uri;

  @BeforeAll
  static void start() throws Exception {
    // The audit batches go nowhere here: the test watches what the service keeps, not what it sends on.
    server = TransformServer.start("127.0.0.1", 0, batch -> { });
    client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    uri = URI.create("http://127.0.0.1:" + server.port() + "/transform");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @LeakTest(iterations = 10_000, checkpoints = 5, watch = {
      "dev.leakguard.examples.casestudy.DataTransformer.history",
      "dev.leakguard.examples.casestudy.ResultCache.results"})
  void request(int i) throws Exception {
    HttpResponse<String> r = client.send(request(uri, i), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
  }

  /** Request {@code i}: a customer record, as JSON or as a form, under its own request id. */
  static HttpRequest request(URI uri, int i) {
    boolean json = i % 2 == 0;
    String body = json
        ? "{\"Customer Name\": \"  customer-" + i + "  \", \"Account Id\": " + i + ", \"Notes\": \"order " + i
            + " placed via the mobile app\"}"
        : "Customer+Name=customer-" + i + "&Account+Id=" + i + "&Notes=order+" + i + "+placed+via+the+web+shop";
    return HttpRequest.newBuilder(uri)
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", json ? "application/json" : "application/x-www-form-urlencoded")
        .header("X-Request-Id", "req-" + i)
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }
}
