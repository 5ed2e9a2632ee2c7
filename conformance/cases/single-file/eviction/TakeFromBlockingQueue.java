package conformance.eviction;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * {@code take} is eviction evidence: the unbounded blocking queue is consumed by a worker thread.
 */
public final class TakeFromBlockingQueue {

  private static final BlockingQueue<String> EMAILS = new LinkedBlockingQueue<>(); // expect: none

  private TakeFromBlockingQueue() {}

  public static void submit(String email) throws InterruptedException {
    EMAILS.put(email);
  }

  public static void workerLoop() throws InterruptedException {
    while (!Thread.currentThread().isInterrupted()) {
      String email = EMAILS.take();
      System.out.println("sending " + email);
    }
  }
}
