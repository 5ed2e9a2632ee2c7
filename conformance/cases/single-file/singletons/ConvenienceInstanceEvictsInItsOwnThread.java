package conformance.singletons;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * A convenience instance grown through its static default, with removals in methods the default
 * does not reach in the analysed code: a public {@code release} (anyone may call it on the
 * default) and the run loop of its own sweeper thread. Growth counts only through the default;
 * a removal counts wherever it is written, so nothing is reported.
 */
public class ConvenienceInstanceEvictsInItsOwnThread {

  public static final ConvenienceInstanceEvictsInItsOwnThread SHARED = new ConvenienceInstanceEvictsInItsOwnThread();

  private final Set<String> pending = Collections.synchronizedSet(new HashSet<>()); // expect: none
  private Sweeper sweeper;

  public ConvenienceInstanceEvictsInItsOwnThread() {}

  public static void watch(String path) {
    SHARED.track(path);
  }

  synchronized void track(String path) {
    if (sweeper == null) {
      sweeper = new Sweeper();
      sweeper.start();
    }
    pending.add(path);
  }

  public void release(String path) {
    pending.remove(path);
  }

  private final class Sweeper extends Thread {
    @Override
    public void run() {
      while (!isInterrupted()) {
        pending.removeIf(p -> p.isEmpty());
      }
    }
  }
}
