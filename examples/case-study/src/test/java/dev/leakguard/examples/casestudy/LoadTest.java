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
 * Sends 10,000 requests to the service under leakguard's runtime confirmation: the body is one
 * request; leakguard finds the two holders it reports (the static history, the singleton cache's
 * map), samples them at five checkpoints after a warm-up of 1,000 requests, and finds both
 * growing at one entry per request. So this test fails, naming them: that is the leak, shown
 * with no accessor written for the test. The figures go to target/leakguard/runtime.json, which
 * leakguard:check then marks on its findings.
 */
class LoadTest {
  private static TransformServer server;
  private static HttpClient client;
  private static URI uri;

  @BeforeAll
  static void start() throws Exception {
    server = TransformServer.start("127.0.0.1", 0);
    client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    uri = URI.create("http://127.0.0.1:" + server.port() + "/transform");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @LeakTest(iterations = 10_000, checkpoints = 5)
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
