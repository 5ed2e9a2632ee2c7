package conformance.boundedtypes;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A map whose key type is an enum (here one declared in this file) has at most one entry per
 * constant, even when it is a HashMap.
 */
public final class EnumKeyedHashMap {

  enum Channel { EMAIL, SMS, PUSH }

  private static final Map<Channel, Instant> LAST_DELIVERY = new HashMap<>(); // expect: none

  private EnumKeyedHashMap() {}

  public static synchronized void delivered(Channel channel) {
    LAST_DELIVERY.put(channel, Instant.now());
  }
}
