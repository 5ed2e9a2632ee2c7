package conformance.boundedtypes;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * {@code new LinkedBlockingQueue<>()} has a capacity of Integer.MAX_VALUE, i.e. none, and nothing
 * consumes this queue in the code shown.
 */
public final class LinkedBlockingQueueNoCapacity {

  private static final BlockingQueue<String> THUMBNAIL_JOBS = new LinkedBlockingQueue<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private LinkedBlockingQueueNoCapacity() {}

  public static boolean requestThumbnail(String imageId) {
    return THUMBNAIL_JOBS.offer(imageId); // growth
  }
}
