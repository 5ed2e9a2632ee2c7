package dev.leakguard.core.model;

import java.util.List;

/**
 * A chain of calls that starts at a reference, or an assignment to one, as the syntax says it:
 * core resolves {@code start} to a holder (or to nothing) and turns it into a {@link UseFact}.
 *
 * @param start what the chain starts at
 * @param calls the method names called in order from it ({@code [put]}, {@code [get, add]}); for
 *     a method reference the referenced method is last; empty for an assignment
 * @param arity the number of arguments of the last call (-1 for a method reference)
 * @param methodReference the last "call" is a method reference ({@code F::add})
 * @param assigned for an assignment to the reference ({@code F = value}), the value's shape; else null
 * @param location the start of the expression that names the reference
 * @param enclosing the member the code is written in
 * @param comparedInCondition the last call's value is compared ({@code < <= > >= == !=}) or is,
 *     possibly negated, the condition of an {@code if}, {@code while} or {@code ?:}
 * @param argumentMentions ids of the locals and parameters the arguments of the chain's calls mention
 * @param lambda whether the code sits in a lambda or method reference, and where that is written
 * @param callArguments the shapes of each call's arguments, parallel to {@code calls} (a method
 *     reference's: empty); a reader may shorten long argument lists
 * @param guards the conditions the code runs under, innermost first, within its member
 * @param refusesDuplicate the last call's result decides a throw when the entry was there already:
 *     {@code if (M.put(k, v) != null) throw ..}, {@code if (!S.add(e)) throw ..}
 * @param functionReturnsNull a function passed to the last call returns null on some path the file
 *     shows: {@code M.computeIfAbsent(k, x -> known(x) ? v : null)}, a {@code return null;} in the
 *     lambda's body, or in a private or static method of the file it calls or a method reference names
 */
public record RefUse(
    Ref start,
    List<String> calls,
    int arity,
    boolean methodReference,
    Expr assigned,
    Location location,
    Member enclosing,
    boolean comparedInCondition,
    List<String> argumentMentions,
    LambdaSite lambda,
    List<List<Expr>> callArguments,
    List<Guard> guards,
    boolean refusesDuplicate,
    boolean functionReturnsNull) implements java.io.Serializable {

  /** A use whose result decides no refusal. */
  public RefUse(Ref start, List<String> calls, int arity, boolean methodReference, Expr assigned, Location location,
      Member enclosing, boolean comparedInCondition, List<String> argumentMentions, LambdaSite lambda,
      List<List<Expr>> callArguments, List<Guard> guards) {
    this(start, calls, arity, methodReference, assigned, location, enclosing, comparedInCondition, argumentMentions,
        lambda, callArguments, guards, false, false);
  }

  public RefUse {
    guards = List.copyOf(guards);
    calls = List.copyOf(calls);
    argumentMentions = List.copyOf(argumentMentions);
    callArguments = callArguments.stream().map(List::copyOf).toList();
  }

  /** The arguments of call {@code i}, or none when the reader gave none. */
  public List<Expr> argumentsOf(int i) {
    return i < callArguments.size() ? callArguments.get(i) : List.of();
  }

  public boolean isAssignment() {
    return calls.isEmpty();
  }
}
