package conformance.readers;

import java.util.ArrayList;
import java.util.List;

/** A record's compact constructor runs for every instance: growth of a static list there is run time. */
public record RecordCompactConstructorGrowth(String name, int quantity) {

  private static final List<String> CREATED = new ArrayList<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  public RecordCompactConstructorGrowth {
    CREATED.add(name); // growth
  }
}
