package conformance.confidence;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** A counter key is unbounded by construction: every call makes a new one. */
public final class CounterKeyHigh {

  private static final AtomicLong NEXT = new AtomicLong();

  private static final Map<Long, String> JOBS = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private CounterKeyHigh() {}

  static long submit() {
    long id = NEXT.incrementAndGet();
    JOBS.put(id, "queued"); // growth
    return id;
  }
}
