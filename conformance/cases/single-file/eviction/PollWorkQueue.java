package conformance.eviction;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** {@code poll} is eviction evidence: a worker takes every queued webhook out. */
public final class PollWorkQueue {

  private static final Queue<String> WEBHOOKS = new ConcurrentLinkedQueue<>(); // expect: none

  private PollWorkQueue() {}

  public static void enqueue(String payload) {
    WEBHOOKS.offer(payload);
  }

  public static void deliverNext() {
    String payload = WEBHOOKS.poll();
    if (payload != null) {
      System.out.println("POST " + payload);
    }
  }
}
