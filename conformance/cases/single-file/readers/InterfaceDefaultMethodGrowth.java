package conformance.readers;

import java.util.ArrayList;
import java.util.List;

/** An interface constant grown from a default method: every implementation adds to it. */
public interface InterfaceDefaultMethodGrowth {

  List<String> STARTED = new ArrayList<>(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal

  String name();

  default void start() {
    STARTED.add(name()); // growth
  }
}
