package conformance.initonly;

import java.util.ArrayList;
import java.util.List;

/** A null check of something else does not make the growth one-time: every call with input adds. */
public final class LazyFillFromInputUnderOtherCheck {

  private static final List<String> SEEN = new ArrayList<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private LazyFillFromInputUnderOtherCheck() {}

  public static synchronized void note(String value, Object context) {
    if (context == null) {
      SEEN.add(value); // growth
    }
  }
}
