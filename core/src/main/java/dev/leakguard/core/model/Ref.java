package dev.leakguard.core.model;

import java.util.List;

/**
 * Where a chain of calls starts, as the syntax resolves it: a reader names what an identifier
 * refers to without deciding whether that is a holder; core resolves it (fields against the
 * holders of every class, locals through their definitions, calls through what methods return).
 */
public sealed interface Ref extends java.io.Serializable {

  /**
   * A field {@code name} of the first class in {@code owners} that declares it (qualified names
   * when the reader resolved them, else as written, best first). With {@code inherited}, each
   * owner's supertypes are searched too (an unqualified name in a subclass, {@code Type.F} of a
   * class that may inherit {@code F}).
   */
  record Field(List<String> owners, String name, boolean inherited) implements Ref {
    public Field {
      owners = List.copyOf(owners);
    }

    /** A field of a class the reader knows declares it: {@code F} or {@code this.f} in its own class. */
    public static Field declaredIn(String owner, String name) {
      return new Field(List.of(owner), name, false);
    }
  }

  /**
   * A local variable or parameter at one definition: {@code id} names the definition (its
   * {@link LocalFact}), unique within the facts. A reassignment is a new definition.
   */
  record Local(String id) implements Ref {}

  /**
   * The value a call returns: method {@code method} with {@code arity} arguments (-1: any, as in a
   * method reference) of the first class in {@code owners} that declares it; a getter when the
   * method returns a holder.
   */
  record Returned(List<String> owners, String method, int arity, boolean inherited) implements Ref {
    public Returned {
      owners = List.copyOf(owners);
    }
  }
}
