package conformance.eviction;

import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The negative of a pool: each call adds to a tenant's queue and the method that reads it only
 * peeks, so the queues grow with every event.
 */
public final class NestedQueueOnlyGrows {

  private static final Map<String, Queue<String>> EVENTS = new ConcurrentHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private NestedQueueOnlyGrows() {}

  public static void record(String tenant, String event) {
    EVENTS.computeIfAbsent(tenant, t -> new ConcurrentLinkedQueue<>()).add(event); // growth
  }

  public static String latest(String tenant) {
    Queue<String> q = EVENTS.get(tenant);
    return q == null ? null : q.peek();
  }
}
