package conformance.readers;

import java.util.ArrayList;
import java.util.List;

/** Growth through a chain of four local aliases: each local refers to the same static list. */
public final class FourLocalAliases {

  private static final List<String> AUDIT = new ArrayList<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private FourLocalAliases() {}

  public static synchronized void record(String event) {
    List<String> a = AUDIT;
    List<String> b = a;
    List<String> c = b;
    List<String> d = c;
    d.add(event); // growth
  }
}
