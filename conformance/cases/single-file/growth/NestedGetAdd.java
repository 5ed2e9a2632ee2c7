package conformance.growth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The map's keys are fixed in the static initializer, but {@code holder.get(k).add(v)} grows the
 * nested lists at run time, which grows what the holder retains.
 */
public final class NestedGetAdd {

  private static final Map<String, List<String>> MESSAGES_BY_CHANNEL = new HashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  static {
    MESSAGES_BY_CHANNEL.put("email", new ArrayList<>());
    MESSAGES_BY_CHANNEL.put("sms", new ArrayList<>());
  }

  private NestedGetAdd() {}

  public static synchronized void sent(String channel, String message) {
    MESSAGES_BY_CHANNEL.get(channel).add(message); // growth
  }
}
