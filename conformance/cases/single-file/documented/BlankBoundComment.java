package conformance.documented;

import java.util.HashSet;
import java.util.Set;

/** {@code Bound:} with nothing after it documents nothing and is reported as a blank reason. */
public final class BlankBoundComment {

  // Bound:
  private static final Set<String> SUBSCRIBED_TOPICS = new HashSet<>(); // expect: UnboundedStaticCollection kind=BLANK_REASON confidence=normal

  private BlankBoundComment() {}

  public static synchronized void subscribe(String topic) {
    SUBSCRIBED_TOPICS.add(topic); // growth
  }
}
