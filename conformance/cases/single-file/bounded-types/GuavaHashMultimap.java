package conformance.boundedtypes;

import com.google.common.collect.HashMultimap;
import com.google.common.collect.SetMultimap;

/** Guava's {@code HashMultimap.create()} is a mutable unbounded multimap. */
public final class GuavaHashMultimap {

  private static final SetMultimap<String, String> FOLLOWERS = HashMultimap.create(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private GuavaHashMultimap() {}

  public static synchronized void follow(String followerId, String authorId) {
    FOLLOWERS.put(authorId, followerId); // growth
  }
}
