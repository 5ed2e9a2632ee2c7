package conformance.readers;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A lambda stored in a static field runs whenever it is called, not when the field is
 * initialised: its growth of the static list is run-time growth.
 */
public final class LambdaInStaticField {

  private static final List<String> LOG = new ArrayList<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  public static final Consumer<String> SINK = s -> LOG.add(s); // growth

  private LambdaInStaticField() {}
}
