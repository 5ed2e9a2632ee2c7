package conformance.singletons;

import java.util.ArrayList;
import java.util.List;

/**
 * A service with a public constructor that no main source instantiates (only a test makes one):
 * nothing shows that an instance lives long, so its list is not judged.
 */
public class InstantiatedOnlyByTests {

  private final List<String> processed = new ArrayList<>(); // expect: none

  public void process(String item) {
    processed.add(item);
  }

  public int processedCount() {
    return processed.size();
  }
}
