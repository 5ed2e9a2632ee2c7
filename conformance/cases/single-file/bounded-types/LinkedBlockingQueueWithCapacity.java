package conformance.boundedtypes;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** {@code new LinkedBlockingQueue<>(100)} is bounded by its capacity argument. */
public final class LinkedBlockingQueueWithCapacity {

  private static final BlockingQueue<String> THUMBNAIL_JOBS = new LinkedBlockingQueue<>(100); // expect: none

  private LinkedBlockingQueueWithCapacity() {}

  public static boolean requestThumbnail(String imageId) {
    return THUMBNAIL_JOBS.offer(imageId);
  }
}
