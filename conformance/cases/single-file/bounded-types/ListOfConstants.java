// options: requireGrowthEvidence=false
package conformance.boundedtypes;

import java.util.List;

/**
 * {@code List.of(..)} is immutable, so even strict mode (which flags every mutable unbounded holder
 * without growth evidence) leaves it alone.
 */
public final class ListOfConstants {

  public static final List<String> SUPPORTED_CURRENCIES = List.of("EUR", "USD", "GBP"); // expect: none

  private ListOfConstants() {}
}
