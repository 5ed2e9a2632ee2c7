package conformance.eviction;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code if (list.size() >= LIMIT) list.clear()} before adding: the debug log never holds more
 * than LIMIT lines.
 */
public final class SizeGuardClears {

  private static final int LIMIT = 2_000;

  private static final List<String> DEBUG_LINES = new ArrayList<>(); // expect: none

  private SizeGuardClears() {}

  public static synchronized void debug(String line) {
    if (DEBUG_LINES.size() >= LIMIT) {
      DEBUG_LINES.clear();
    }
    DEBUG_LINES.add(line);
  }
}
