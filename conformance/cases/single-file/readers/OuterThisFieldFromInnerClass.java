package conformance.readers;

import java.util.ArrayList;
import java.util.List;

/** An inner class grows its enclosing singleton's field through {@code Outer.this.field}. */
public enum OuterThisFieldFromInnerClass {
  INSTANCE;

  private final List<String> received = new ArrayList<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=high

  public final class Receiver {
    public void onMessage(String body) {
      OuterThisFieldFromInnerClass.this.received.add(body); // growth
    }
  }
}
