package conformance.threadlocals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Clearing the thread's value, or setting a fresh one, lets what it held go. */
public final class ThreadLocalClearedOrReset {

  private static final ThreadLocal<Set<String>> VISITED = ThreadLocal.withInitial(HashSet::new); // expect: none
  private static final ThreadLocal<List<String>> LOG = ThreadLocal.withInitial(ArrayList::new); // expect: none

  private ThreadLocalClearedOrReset() {}

  public static boolean firstVisit(String node) {
    return VISITED.get().add(node);
  }

  public static void endOfWalk() {
    VISITED.get().clear();
  }

  public static void log(String line) {
    LOG.get().add(line);
  }

  public static void startOfRequest() {
    LOG.set(new ArrayList<>());
  }
}
