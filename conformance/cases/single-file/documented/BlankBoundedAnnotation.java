package conformance.documented;

import dev.leakguard.annotations.Bounded;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code @Bounded("")} documents nothing; the blank reason is itself reported (kind BLANK_REASON)
 * and the run-time growth is listed with it.
 */
public final class BlankBoundedAnnotation {

  @Bounded("")
  private static final List<String> REGISTERED_WEBHOOKS = new ArrayList<>(); // expect: UnboundedStaticCollection kind=BLANK_REASON confidence=normal

  private BlankBoundedAnnotation() {}

  public static synchronized void register(String url) {
    REGISTERED_WEBHOOKS.add(url); // growth
  }
}
