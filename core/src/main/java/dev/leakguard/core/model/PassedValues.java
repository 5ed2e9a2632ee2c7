package dev.leakguard.core.model;

import java.util.List;

/**
 * What a call of a method of a named class ({@code Type.m(..)}, unqualified, {@code this.},
 * statically imported), an instantiation ({@code new T(..)}) or a constructor's {@code this(..)} (the
 * method {@link Member#CONSTRUCTOR}) passes, argument by argument, as the syntax says it: a constant, one of the
 * caller's locals (core tells a parameter from other locals), or anything else. Core decides
 * whether every call of a method passes only constants (a key the code chooses, not its input), and
 * which calls of a constructor pass the flag that selects code in it.
 *
 * @param callee the method called
 * @param caller the member the call is written in
 * @param lambda whether the call sits in a lambda (it runs when the lambda is called)
 * @param values one per argument, in order
 * @param callerArity for a {@code this(..)}, how many parameters the constructor it is written in
 *     takes (which of the class's constructors delegates); else -1
 */
public record PassedValues(Ref.Returned callee, Member caller, LambdaSite lambda, List<Passed> values, int callerArity)
    implements java.io.Serializable {
  public PassedValues {
    values = List.copyOf(values);
    lambda = lambda == null ? LambdaSite.NONE : lambda;
  }

  /** A call written anywhere but in a {@code this(..)}. */
  public PassedValues(Ref.Returned callee, Member caller, LambdaSite lambda, List<Passed> values) {
    this(callee, caller, lambda, values, -1);
  }

  /**
   * One argument: a constant (a literal, a class literal, a name written as a constant, or an
   * operation on those; {@code literal} is the text of a {@code true} or {@code false} literal, else
   * null); a local of the caller ({@code localId}); or something else.
   */
  public record Passed(Kind kind, String localId, String literal) implements java.io.Serializable {
    public static final Passed CONSTANT = new Passed(Kind.CONSTANT, null, null);
    public static final Passed OTHER = new Passed(Kind.OTHER, null, null);

    public enum Kind {
      CONSTANT,
      LOCAL,
      OTHER
    }

    public static Passed local(String id) {
      return new Passed(Kind.LOCAL, id, null);
    }

    public static Passed bool(boolean value) {
      return new Passed(Kind.CONSTANT, null, String.valueOf(value));
    }
  }
}
