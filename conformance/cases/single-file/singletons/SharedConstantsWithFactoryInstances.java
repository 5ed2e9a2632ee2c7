package conformance.singletons;

import java.util.HashSet;

/**
 * Private constructors and shared instances in static fields, but the class's own factories also
 * make a fresh instance per call, each with the caller's collection. The static instances are
 * constants, not the one instance of a singleton: what the per-call instances collect is the
 * caller's, and nothing is reported.
 */
public final class SharedConstantsWithFactoryInstances {

  public static final SharedConstantsWithFactoryInstances READ_ONLY = new SharedConstantsWithFactoryInstances(0, null);
  public static final SharedConstantsWithFactoryInstances DETERMINISTIC = new SharedConstantsWithFactoryInstances(1, null);

  private final int kind;
  private final HashSet<String> dependencies; // expect: none

  private SharedConstantsWithFactoryInstances(int kind, HashSet<String> dependencies) {
    this.kind = kind;
    this.dependencies = dependencies;
  }

  public static SharedConstantsWithFactoryInstances collectingDependencies(HashSet<String> into) {
    return new SharedConstantsWithFactoryInstances(2, into);
  }

  public static SharedConstantsWithFactoryInstances collectingNames() {
    return new SharedConstantsWithFactoryInstances(3, new HashSet<>());
  }

  public void addDependency(String name) {
    dependencies.add(name);
  }

  public int kind() {
    return kind;
  }
}
