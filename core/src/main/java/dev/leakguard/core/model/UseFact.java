package dev.leakguard.core.model;

import java.util.List;

/**
 * One use of a holder: a chain of calls starting at it, or an assignment to it.
 *
 * @param holder the holder's id ({@link HolderFact#id()})
 * @param calls the method names called in order, starting on the holder: {@code [put]},
 *     {@code [computeIfAbsent, add]}, {@code [entrySet, iterator, remove]}; empty for an
 *     assignment
 * @param arity the number of arguments of the last call (-1 for a method reference)
 * @param assigned for an assignment to the field, the assigned value's shape; else null
 * @param comparedInCondition the value of the last call is an operand of a relational or
 *     equality comparison (e.g. {@code map.size() >= MAX}), or is itself, possibly negated, the
 *     condition of an {@code if}, {@code while} or {@code ?:} (e.g. {@code if (map.isEmpty())})
 * @param argumentFromParameter an argument of a call in the chain mentions a parameter of the
 *     enclosing method (or of a lambda in it), or a local whose value came from one
 * @param deferred the code sits in a lambda or method reference that is kept for later (a
 *     field's initializer, returned, stored): it runs at run time whatever member created it
 * @param prefixSize how many of {@code calls} were made where an alias or getter took its value
 *     ({@code m = F.get(k)}; then {@code m.add(v)} has calls {@code [get, add]} and prefix 1): they
 *     only lead to what this use works on, they do not run here
 * @param key the domain of what the first growth call here adds (core's reading of its argument)
 * @param valueHoldsKey the growth puts a value that holds its key ({@code M.put(owner.id(), new V(owner))}):
 *     a weak map never clears such an entry
 * @param guards the conditions the code runs under, references resolved to holders where they are
 *     holders ({@code ref} of a resolved guard is a {@link Ref.Field#declaredIn} of the holder)
 */
public record UseFact(
    String holder,
    List<String> calls,
    int arity,
    Access access,
    Expr assigned,
    Location location,
    Member enclosing,
    boolean comparedInCondition,
    boolean argumentFromParameter,
    boolean deferred,
    int prefixSize,
    dev.leakguard.core.analysis.KeyDomain key,
    boolean valueHoldsKey,
    List<Guard> guards) implements java.io.Serializable {

  public UseFact {
    calls = List.copyOf(calls);
    guards = guards == null ? List.of() : List.copyOf(guards);
    key = key == null ? dev.leakguard.core.analysis.KeyDomain.UNKNOWN : key;
  }

  /** A use with every call made here and nothing known of what it adds. */
  public UseFact(String holder, List<String> calls, int arity, Access access, Expr assigned, Location location,
      Member enclosing, boolean comparedInCondition, boolean argumentFromParameter, boolean deferred) {
    this(holder, calls, arity, access, assigned, location, enclosing, comparedInCondition, argumentFromParameter,
        deferred, 0, null, false, List.of());
  }

  public boolean isAssignment() {
    return calls.isEmpty();
  }

  public UseFact fromParameter() {
    return new UseFact(holder, calls, arity, access, assigned, location, enclosing, comparedInCondition, true, deferred,
        prefixSize, key, valueHoldsKey, guards);
  }

  public UseFact compared() {
    return new UseFact(holder, calls, arity, access, assigned, location, enclosing, true, argumentFromParameter,
        deferred, prefixSize, key, valueHoldsKey, guards);
  }
}
