package conformance.readers;

import java.util.ArrayList;
import java.util.List;

/** A lambda returned from a method adds whenever the caller runs it. */
public final class LambdaReturnedFromMethod {

  private static final List<String> PENDING = new ArrayList<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private LambdaReturnedFromMethod() {}

  public static Runnable enqueueLater(String job) {
    return () -> PENDING.add(job); // growth
  }
}
