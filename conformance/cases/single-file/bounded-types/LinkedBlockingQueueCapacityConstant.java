package conformance.boundedtypes;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A capacity constant bounds the queue whatever its name: {@code MAX_PENDING_JOBS} is a number,
 * not a collection being copied.
 */
public final class LinkedBlockingQueueCapacityConstant {

  private static final int MAX_PENDING_JOBS = 500;

  private static final BlockingQueue<String> THUMBNAIL_JOBS = new LinkedBlockingQueue<>(MAX_PENDING_JOBS); // expect: none

  private LinkedBlockingQueueCapacityConstant() {}

  public static boolean requestThumbnail(String imageId) {
    return THUMBNAIL_JOBS.offer(imageId);
  }
}
