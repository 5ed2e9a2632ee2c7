package conformance.boundedtypes;

import com.google.common.collect.Interner;
import com.google.common.collect.Interners;

/** An interner built strong keeps every distinct value it interns, like {@code newStrongInterner()}. */
public final class GuavaInternerBuilderStrong {

  private static final Interner<String> HOSTS = Interners.newBuilder().strong().concurrencyLevel(4).build(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private GuavaInternerBuilderStrong() {}

  public static String canonicalHost(String host) {
    return HOSTS.intern(host); // growth
  }
}
