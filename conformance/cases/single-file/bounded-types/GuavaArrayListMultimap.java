package conformance.boundedtypes;

import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.ListMultimap;

/** Guava's {@code ArrayListMultimap.create()} is a mutable unbounded multimap. */
public final class GuavaArrayListMultimap {

  private static final ListMultimap<String, String> AUDIT_BY_ACCOUNT = ArrayListMultimap.create(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private GuavaArrayListMultimap() {}

  public static synchronized void audit(String accountId, String change) {
    AUDIT_BY_ACCOUNT.put(accountId, change); // growth
  }
}
