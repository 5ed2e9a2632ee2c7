package conformance.boundedtypes;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code Collections.synchronizedMap(new HashMap<>())} is thread-safe but exactly as unbounded as
 * the HashMap it wraps.
 */
public final class SynchronizedMapWrapper {

  private static final Map<String, String> LAST_ERROR_BY_JOB = Collections.synchronizedMap(new HashMap<>()); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private SynchronizedMapWrapper() {}

  public static void failed(String jobId, String error) {
    LAST_ERROR_BY_JOB.put(jobId, error); // growth
  }
}
