package dev.leakguard.examples.casestudy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Sends 10,000 requests to the fixed service and counts what it keeps: at most 900 buffered
 * summaries (the rest went to the audit sink) and at most 1,000 cached results, however many
 * requests came in. Retained heap after a GC is printed as information.
 */
class LoadTest {
  private static final int[] CHECKPOINTS = {2_500, 5_000, 10_000};

  record Sample(int requests, int history, long cached, long audited, long heapBytes) {}

  @Test
  void retainedEntriesStayFlat() throws Exception {
    AtomicLong audited = new AtomicLong();
    AuditSink sink = batch -> audited.addAndGet(batch.size());
    int buffered0 = DataTransformer.bufferedSummaries();
    List<Sample> samples = new ArrayList<>();
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    try (TransformServer server = TransformServer.start("127.0.0.1", 0, sink)) {
      URI uri = URI.create("http://127.0.0.1:" + server.port() + "/transform");
      int sent = 0;
      for (int checkpoint : CHECKPOINTS) {
        for (; sent < checkpoint; sent++) {
          HttpResponse<String> r = client.send(request(uri, sent), HttpResponse.BodyHandlers.ofString());
          assertEquals(200, r.statusCode(), r.body());
        }
        samples.add(new Sample(sent, DataTransformer.bufferedSummaries(), ResultCache.getInstance().size(),
            audited.get(), retainedHeap()));
      }
    }
    print(samples);
    for (Sample s : samples) {
      assertTrue(s.history() < 900, "summaries kept after " + s.requests() + " requests: " + s.history());
      assertTrue(s.cached() <= 1_000, "cached results kept after " + s.requests() + " requests: " + s.cached());
      assertEquals(s.requests() + buffered0, s.audited() + s.history(), "every summary is buffered or audited");
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
    System.out.println("requests  buffered  cached  audited  retained heap after GC");
    for (Sample s : samples) {
      System.out.printf("%8d  %8d  %6d  %7d  %,d KiB%n", s.requests(), s.history(), s.cached(), s.audited(),
          s.heapBytes() / 1024);
    }
  }
}
