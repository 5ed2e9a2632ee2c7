package conformance.singletons;

import java.util.ArrayList;
import java.util.List;

/**
 * A base class whose subclasses are made per request (none is a singleton) keeps its list in
 * short-lived instances; one whose singleton subclass evicts what the base class adds is bounded.
 * Neither is reported.
 */
public abstract class InheritedByNonSingletons {

  private final List<String> steps = new ArrayList<>(); // expect: none

  public void step(String name) {
    steps.add(name);
  }
}

class PerRequestWizard extends InheritedByNonSingletons {}

abstract class EvictingBase {

  protected final List<String> recent = new ArrayList<>(); // expect: none

  public void seen(String requestId) {
    recent.add(requestId);
  }
}

@org.springframework.stereotype.Component
class EvictingComponent extends EvictingBase {

  public void flush() {
    recent.clear();
  }
}
