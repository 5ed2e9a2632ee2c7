package dev.leakguard.examples.casestudy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sends 10,000 requests to the service and counts what it keeps: every request leaves one
 * history record and one cached result behind, so retention grows linearly with traffic.
 * Retained heap after a GC is printed as information (it depends on the JVM; entries do not).
 */
class LoadTest {
  private static final int[] CHECKPOINTS = {2_500, 5_000, 10_000};

  record Sample(int requests, int history, int cached, long heapBytes) {}

  @Test
  void retainedEntriesGrowLinearlyWithRequests() throws Exception {
    int history0 = DataTransformer.historySize();
    int cached0 = ResultCache.getInstance().size();
    List<Sample> samples = new ArrayList<>();
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    try (TransformServer server = TransformServer.start("127.0.0.1", 0)) {
      URI uri = URI.create("http://127.0.0.1:" + server.port() + "/transform");
      int sent = 0;
      for (int checkpoint : CHECKPOINTS) {
        for (; sent < checkpoint; sent++) {
          HttpResponse<String> r = client.send(request(uri, sent), HttpResponse.BodyHandlers.ofString());
          assertEquals(200, r.statusCode(), r.body());
        }
        samples.add(new Sample(sent, DataTransformer.historySize() - history0,
            ResultCache.getInstance().size() - cached0, retainedHeap()));
      }
    }
    print(samples);
    for (Sample s : samples) {
      assertEquals(s.requests(), s.history(), "history records kept after " + s.requests() + " requests");
      assertEquals(s.requests(), s.cached(), "cached results kept after " + s.requests() + " requests");
    }
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

  /** Heap in use after asking for a full GC; approximate, for information only. */
  static long retainedHeap() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    for (int k = 0; k < 3; k++) {
      System.gc();
      Thread.sleep(50);
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  static void print(List<Sample> samples) {
    System.out.println("requests  history  cached  retained heap after GC");
    for (Sample s : samples) {
      System.out.printf("%8d  %7d  %6d  %,d KiB%n", s.requests(), s.history(), s.cached(), s.heapBytes() / 1024);
    }
  }
}
