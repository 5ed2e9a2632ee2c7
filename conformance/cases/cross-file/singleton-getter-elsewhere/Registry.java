package conformance.crossfile.singletongetterelsewhere;

import java.util.ArrayList;
import java.util.List;

/** A singleton reached through getInstance(), whose getter returns its listener list. */
public final class Registry {

  private static final Registry INSTANCE = new Registry();

  private final List<Runnable> listeners = new ArrayList<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=high

  private Registry() {}

  public static Registry getInstance() {
    return INSTANCE;
  }

  List<Runnable> listeners() {
    return listeners;
  }
}
