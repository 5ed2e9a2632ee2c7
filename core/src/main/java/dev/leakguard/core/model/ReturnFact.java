package dev.leakguard.core.model;

import java.util.List;

/**
 * A method whose body is a single {@code return} of a chain that starts at a reference:
 * {@code return F;}, {@code return this.map;}, {@code return (List<E>) F;}. Core decides whether
 * it is a getter (the chain resolves to a holder with no calls).
 *
 * @param arity the method's parameter count (a getter may take parameters)
 */
public record ReturnFact(String className, String method, int arity, Ref source, List<String> sourceCalls)
    implements java.io.Serializable {
  public ReturnFact {
    sourceCalls = List.copyOf(sourceCalls);
  }
}
