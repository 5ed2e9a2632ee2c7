package dev.leakguard.regression;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The committed expectation seen from one run: only the libraries that ran are compared, and an
 * update replaces exactly those, keeping the rows of listed libraries that did not run and
 * dropping the rows of libraries no longer listed.
 */
final class Expectation {
  private Expectation() {}

  static <T> List<T> restrictTo(List<T> rows, Function<T, String> library, Set<String> libraries) {
    return rows.stream().filter(r -> libraries.contains(library.apply(r))).toList();
  }

  static <T> List<T> updated(List<T> expected, List<T> actual, Function<T, String> library, Set<String> run, Set<String> listed) {
    List<T> result = new ArrayList<>();
    for (T row : expected) {
      String lib = library.apply(row);
      if (listed.contains(lib) && !run.contains(lib)) {
        result.add(row);
      }
    }
    result.addAll(actual);
    return List.copyOf(result);
  }
}
