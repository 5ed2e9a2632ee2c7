package conformance.eviction;

import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/** {@code pollFirstEntry} is eviction evidence: due reminders are taken out in time order. */
public final class PollFirstEntrySchedule {

  private static final ConcurrentSkipListMap<Long, String> REMINDERS = new ConcurrentSkipListMap<>(); // expect: none

  private PollFirstEntrySchedule() {}

  public static void schedule(long dueAtMillis, String message) {
    REMINDERS.put(dueAtMillis, message);
  }

  public static String nextDue(long now) {
    Map.Entry<Long, String> first = REMINDERS.firstEntry();
    if (first == null || first.getKey() > now) {
      return null;
    }
    Map.Entry<Long, String> due = REMINDERS.pollFirstEntry();
    return due == null ? null : due.getValue();
  }
}
