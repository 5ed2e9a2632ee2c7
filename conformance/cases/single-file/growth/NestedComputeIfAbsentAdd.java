package conformance.growth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Growth of a nested collection taken from the holder:
 * {@code holder.computeIfAbsent(k, x -> new ArrayList<>()).add(v)} grows both the map and the list.
 */
public final class NestedComputeIfAbsentAdd {

  private static final Map<String, List<String>> ORDERS_BY_CUSTOMER = new HashMap<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private NestedComputeIfAbsentAdd() {}

  public static synchronized void placed(String customerId, String orderId) {
    ORDERS_BY_CUSTOMER.computeIfAbsent(customerId, x -> new ArrayList<>()).add(orderId); // growth
  }
}
