package conformance.threadlocals;

import java.text.SimpleDateFormat;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A thread-local formatter is no collection; a bounded queue per thread is bounded; a plain
 * {@code new ThreadLocal<>()} shows no value of its own. None is judged.
 */
public final class ThreadLocalNotACollection {

  private static final ThreadLocal<SimpleDateFormat> FORMAT = ThreadLocal.withInitial(() -> new SimpleDateFormat("yyyy-MM-dd")); // expect: none
  private static final ThreadLocal<BlockingQueue<String>> RECENT = ThreadLocal.withInitial(() -> new ArrayBlockingQueue<>(16)); // expect: none
  private static final ThreadLocal<Deque<String>> STACK = new ThreadLocal<>(); // expect: none

  private ThreadLocalNotACollection() {}

  public static String format(java.util.Date date) {
    return FORMAT.get().format(date);
  }

  public static void recent(String item) {
    RECENT.get().offer(item);
  }

  public static void push(String frame) {
    Deque<String> stack = STACK.get();
    if (stack == null) {
      stack = new ArrayDeque<>();
      STACK.set(stack);
    }
    stack.push(frame);
  }
}
