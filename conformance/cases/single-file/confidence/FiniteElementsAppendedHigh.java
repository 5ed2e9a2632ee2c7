package conformance.confidence;

import java.util.ArrayList;
import java.util.List;

/**
 * A finite domain bounds a set or a map, not a list: appending a class on every call keeps every
 * duplicate, so a list fed from a parameter is high even though its elements are classes. The
 * same list behind a membership check holds each class once: normal.
 */
public final class FiniteElementsAppendedHigh {

  private static final List<Class<?>> EXTRA_FORMATS = new ArrayList<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high
  private static final List<Class<?>> KNOWN_FORMATS = new ArrayList<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal

  private FiniteElementsAppendedHigh() {}

  public static synchronized void addFormat(Class<?> format) {
    if (format != null) {
      EXTRA_FORMATS.add(format); // growth
    }
  }

  public static synchronized void addKnownFormat(Class<?> format) {
    if (!KNOWN_FORMATS.contains(format)) {
      KNOWN_FORMATS.add(format); // growth
    }
  }

  public static synchronized List<Class<?>> formats() {
    List<Class<?>> all = new ArrayList<>(EXTRA_FORMATS);
    all.addAll(KNOWN_FORMATS);
    return all;
  }
}
