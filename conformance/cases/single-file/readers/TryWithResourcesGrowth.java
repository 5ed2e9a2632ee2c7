package conformance.readers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** Growth inside a try-with-resources block, through the resource's output. */
public final class TryWithResourcesGrowth {

  private static final List<String> LINES = new ArrayList<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private TryWithResourcesGrowth() {}

  public static synchronized void load(Reader source) throws IOException {
    try (BufferedReader in = new BufferedReader(source)) {
      String line;
      while ((line = in.readLine()) != null) {
        LINES.add(line); // growth
      }
    }
  }
}
