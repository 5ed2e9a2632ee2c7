package conformance.suppression;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code @SuppressWarnings("unchecked")} is about generics, not leakguard: the holder is still
 * reported.
 */
public final class SuppressUncheckedOnly {

  @SuppressWarnings("unchecked")
  private static final List<Object> PAYLOADS = new ArrayList<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private SuppressUncheckedOnly() {}

  public static synchronized void received(Object payload) {
    PAYLOADS.add(payload); // growth
  }
}
