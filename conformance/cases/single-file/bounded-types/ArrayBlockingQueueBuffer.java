package conformance.boundedtypes;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/** An {@code ArrayBlockingQueue} has a fixed capacity; {@code offer} fails when it is full. */
public final class ArrayBlockingQueueBuffer {

  private static final BlockingQueue<String> LOG_BUFFER = new ArrayBlockingQueue<>(1024); // expect: none

  private ArrayBlockingQueueBuffer() {}

  public static boolean log(String line) {
    return LOG_BUFFER.offer(line);
  }
}
