package dev.leakguard.core.model;

import java.util.List;

/**
 * A reference passed as an argument to a method of a named class ({@code grow(MAP, k)},
 * {@code Util.computeIfAbsent(cache, k, f)}): core looks up what the method does to that parameter
 * (grows it, shrinks it) and counts it as growth or eviction of the holder the reference resolves to.
 *
 * @param argument what the argument names (a plain reference, casts and parentheses looked through)
 * @param callee the method called, as a call that names its class (unqualified, {@code this.},
 *     {@code Type.}, statically imported)
 * @param index the argument's position, from 0
 * @param location the start of the call
 * @param enclosing the member the call is written in
 */
public record ArgumentFact(Ref argument, Ref.Returned callee, int index, Location location, Member enclosing,
    LambdaSite lambda, List<Guard> guards) implements java.io.Serializable {

  public ArgumentFact {
    guards = List.copyOf(guards);
  }
}
