package conformance.readers;

import java.util.ArrayList;
import java.util.List;

/** A generic getter returning the holder: growth through it counts. */
public final class GenericGetterGrowth<T> {

  private static final List<Object> RETAINED = new ArrayList<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  @SuppressWarnings("unchecked")
  private static <E> List<E> retained() {
    return (List<E>) RETAINED;
  }

  public void retain(T value) {
    GenericGetterGrowth.<T>retained().add(value); // growth
  }
}
