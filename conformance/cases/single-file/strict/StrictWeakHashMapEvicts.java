// options: requireGrowthEvidence=false
package conformance.strict;

import java.util.Map;
import java.util.WeakHashMap;

/** Strict mode honours weakCollectionsEvict (true by default): a weak map counts as evicting. */
public final class StrictWeakHashMapEvicts {

  private static final Map<Object, String> REQUEST_TAGS = new WeakHashMap<>(); // expect: none

  private StrictWeakHashMapEvicts() {}

  public static synchronized void tag(Object request, String tag) {
    REQUEST_TAGS.put(request, tag);
  }
}
