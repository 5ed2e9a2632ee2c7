package dev.leakguard.core.model;

/**
 * {@code new T(..)} (anonymous subclasses included) of a class, where it runs, and whether it sits
 * in a lambda or method reference ({@code ThreadLocal.withInitial(() -> new T())} creates one per
 * call of the lambda, not one while the class initialises).
 *
 * @param returned the new object is what its method returns ({@code return new T(..);}): a
 *     factory's product, not a helper the method builds something else with
 */
public record InstantiationFact(String type, Member enclosing, Location location, LambdaSite lambda, boolean returned)
    implements java.io.Serializable {

  public InstantiationFact {
    lambda = lambda == null ? LambdaSite.NONE : lambda;
  }

  /** An instantiation whose value is not returned as it is. */
  public InstantiationFact(String type, Member enclosing, Location location, LambdaSite lambda) {
    this(type, enclosing, location, lambda, false);
  }

  /** An instantiation outside any lambda. */
  public InstantiationFact(String type, Member enclosing, Location location) {
    this(type, enclosing, location, LambdaSite.NONE);
  }

  /** Whether it runs only while a class initialises: in a static initializer, not in a lambda there. */
  public boolean isClassInitialization() {
    return enclosing.kind().isClassInitialization() && lambda == LambdaSite.NONE;
  }
}
