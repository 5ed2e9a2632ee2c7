package conformance.readers;

import java.util.ArrayList;
import java.util.List;

/**
 * An instance initializer of an ordinary class runs for every instance: it grows the static list at
 * run time, one entry per object (high confidence).
 */
public class InstanceInitializerOfPlainClass {

  private static final List<InstanceInitializerOfPlainClass> ALL = new ArrayList<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  {
    ALL.add(this); // growth
  }

  public int count() {
    return ALL.size();
  }
}
