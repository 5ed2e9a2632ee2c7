package conformance.boundedtypes;

import com.google.common.collect.Interner;
import com.google.common.collect.Interners;

/**
 * A strong interner keeps one canonical copy of every distinct value it is ever given: interning
 * request input grows it without bound.
 */
public final class GuavaStrongInternerGrows {

  private static final Interner<String> TAGS = Interners.newStrongInterner(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private GuavaStrongInternerGrows() {}

  public static String canonicalTag(String tag) {
    return TAGS.intern(tag); // growth
  }
}
