package conformance.boundedtypes;

import com.google.common.collect.Maps;
import java.util.Map;

/** Guava's {@code Maps.newHashMap()} is a plain mutable HashMap. */
public final class GuavaMapsNewHashMap {

  private static final Map<String, String> NICKNAMES = Maps.newHashMap(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private GuavaMapsNewHashMap() {}

  public static synchronized void setNickname(String userId, String nickname) {
    NICKNAMES.put(userId, nickname); // growth
  }
}
