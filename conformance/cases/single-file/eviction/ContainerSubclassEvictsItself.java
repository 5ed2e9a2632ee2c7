package conformance.eviction;

import java.util.LinkedList;

/**
 * A queue subclass whose own cleaner method polls entries off: the holder is evicted, but inside the subclass's body, by calls
 * on itself, which leakguard does not follow yet. A known false positive, lived with.
 */
public final class ContainerSubclassEvictsItself {

  static final class Cleaner extends LinkedList<Runnable> implements Runnable {
    @Override
    public synchronized void run() {
      Runnable next;
      while ((next = poll()) != null) {
        next.run();
      }
    }
  }

  private static final Cleaner QUEUE = new Cleaner(); // desire: none

  private ContainerSubclassEvictsItself() {}

  public static void schedule(Runnable cleanup) {
    synchronized (QUEUE) {
      QUEUE.add(cleanup);
    }
  }
}
