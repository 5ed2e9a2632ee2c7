package conformance.growth;

import java.util.HashMap;
import java.util.Map;

/** {@code putAll} is a growth site: each imported batch of prices is merged into a static map. */
public final class PutAllIntoMap {

  private static final Map<String, Long> PRICE_BY_SKU = new HashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private PutAllIntoMap() {}

  public static synchronized void importBatch(Map<String, Long> batch) {
    PRICE_BY_SKU.putAll(batch); // growth
  }
}
