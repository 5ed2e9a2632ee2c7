package conformance.growth;

import com.google.common.collect.Iterables;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A library's static method that grows the collection it is given ({@code Collections.addAll},
 * Guava's {@code Iterables.addAll}) grows a static list as its own {@code addAll} would; one that
 * removes ({@code Iterables.removeIf}) evicts it. What is added is read by the library, so the
 * site does not say it comes from a parameter: normal. Filled that way only during class
 * initialisation, or evicted elsewhere, a holder is not reported; other static methods of the
 * same classes (sorting, reading) neither grow nor evict.
 */
public final class LibraryHelperGrowth {

  private static final List<String> AUDIT = new ArrayList<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal
  private static final Set<String> SEEN = new HashSet<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal
  private static final List<String> DEFAULTS = new ArrayList<>(); // expect: none
  private static final List<String> RECENT = new ArrayList<>(); // expect: none
  private static final List<String> SORTED = new ArrayList<>(); // expect: none

  static {
    Collections.addAll(DEFAULTS, "a", "b", "c");
  }

  private LibraryHelperGrowth() {}

  public static void record(String user, String action) {
    Collections.addAll(AUDIT, user, action); // growth
  }

  public static void remember(List<String> names) {
    Iterables.addAll(SEEN, names); // growth
  }

  public static void touch(String name) {
    Collections.addAll(RECENT, name);
  }

  public static void forget(String prefix) {
    Iterables.removeIf(RECENT, n -> n.startsWith(prefix));
  }

  public static List<String> sorted() {
    Collections.sort(SORTED);
    return Collections.unmodifiableList(SORTED);
  }

  public static int defaults() {
    return Iterables.size(DEFAULTS);
  }
}
