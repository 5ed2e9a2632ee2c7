package dev.leakguard.core.model;

import java.util.List;

/**
 * What a call of a method of a named class ({@code Type.m(..)}, unqualified, {@code this.},
 * statically imported) passes, argument by argument, as the syntax says it: a constant, one of the
 * caller's locals (core tells a parameter from other locals), or anything else. Core decides
 * whether every call of a method passes only constants (a key the code chooses, not its input).
 *
 * @param callee the method called
 * @param caller the member the call is written in
 * @param lambda whether the call sits in a lambda (it runs when the lambda is called)
 * @param values one per argument, in order
 */
public record PassedValues(Ref.Returned callee, Member caller, LambdaSite lambda, List<Passed> values)
    implements java.io.Serializable {
  public PassedValues {
    values = List.copyOf(values);
    lambda = lambda == null ? LambdaSite.NONE : lambda;
  }

  /**
   * One argument: a constant (a literal, a class literal, a name written as a constant, or an
   * operation on those); a local of the caller ({@code localId}); or something else.
   */
  public record Passed(Kind kind, String localId) implements java.io.Serializable {
    public static final Passed CONSTANT = new Passed(Kind.CONSTANT, null);
    public static final Passed OTHER = new Passed(Kind.OTHER, null);

    public enum Kind {
      CONSTANT,
      LOCAL,
      OTHER
    }

    public static Passed local(String id) {
      return new Passed(Kind.LOCAL, id);
    }
  }
}
