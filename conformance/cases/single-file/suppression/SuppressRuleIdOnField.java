package conformance.suppression;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code @SuppressWarnings("UnboundedStaticCollection")} on the field suppresses that rule's
 * finding, so neither the field nor its growth line is reported.
 */
public final class SuppressRuleIdOnField {

  @SuppressWarnings("UnboundedStaticCollection")
  private static final List<String> STARTUP_MESSAGES = new ArrayList<>(); // expect: none

  private SuppressRuleIdOnField() {}

  public static synchronized void log(String message) {
    STARTUP_MESSAGES.add(message);
  }
}
