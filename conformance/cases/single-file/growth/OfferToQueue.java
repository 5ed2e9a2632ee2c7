package conformance.growth;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** {@code offer} is a growth site; the outgoing mail queue is never drained. */
public final class OfferToQueue {

  private static final Queue<String> OUTBOX = new ConcurrentLinkedQueue<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private OfferToQueue() {}

  public static void send(String recipient, String subject) {
    OUTBOX.offer(recipient + ": " + subject); // growth
  }
}
