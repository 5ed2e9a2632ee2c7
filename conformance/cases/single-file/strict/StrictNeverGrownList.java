// options: requireGrowthEvidence=false
package conformance.strict;

import java.util.ArrayList;
import java.util.List;

/**
 * A public static mutable list that nothing in this file grows: in strict mode it is flagged
 * (kind STRICT), because any other code may grow it.
 */
public final class StrictNeverGrownList {

  public static final List<String> EXTENSION_POINTS = new ArrayList<>(); // expect: UnboundedStaticCollection kind=STRICT confidence=normal

  private StrictNeverGrownList() {}
}
