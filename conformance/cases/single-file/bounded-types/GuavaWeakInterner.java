package conformance.boundedtypes;

import com.google.common.collect.Interner;
import com.google.common.collect.Interners;

/**
 * A weak interner (from the factory or built weak) drops a canonical value once nothing else
 * holds it: the remedy for a strong one, not a leak.
 */
public final class GuavaWeakInterner {

  private static final Interner<String> TAGS = Interners.newWeakInterner(); // expect: none
  private static final Interner<String> HOSTS = Interners.newBuilder().weak().build(); // expect: none

  private GuavaWeakInterner() {}

  public static String canonicalTag(String tag) {
    return TAGS.intern(tag);
  }

  public static String canonicalHost(String host) {
    return HOSTS.intern(host);
  }
}
