// options: requireGrowthEvidence=false, weakCollectionsEvict=false
package conformance.strict;

import java.util.Map;
import java.util.WeakHashMap;

/**
 * With weakCollectionsEvict=false, strict mode reports a weak collection, since weak is not
 * bounded. A run-time growth site was seen, so the kind is GROWTH.
 */
public final class StrictWeakHashMap {

  private static final Map<Object, String> REQUEST_TAGS = new WeakHashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private StrictWeakHashMap() {}

  public static synchronized void tag(Object request, String tag) {
    REQUEST_TAGS.put(request, tag); // growth
  }
}
