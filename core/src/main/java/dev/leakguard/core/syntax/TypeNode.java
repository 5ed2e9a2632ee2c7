package dev.leakguard.core.syntax;

import java.util.List;

/**
 * A type as written. A {@link Kind#CLASS} type has its name with any qualifier
 * ({@code Map.Entry}, {@code java.util.List}, type arguments left out) and its type arguments;
 * every type has its text as written ({@code int[]}, {@code ? extends T}, {@code Map<K, V>}).
 * Hints from an engine that resolves types: {@code resolved}, the qualified name (else null);
 * {@code knownEnum}, the type is an enum (an enum of this file is known without the hint).
 */
public record TypeNode(Kind kind, String name, List<TypeNode> arguments, String text, String resolved,
    boolean knownEnum) {
  public enum Kind {
    /** A class, interface, enum or record type. */
    CLASS,
    /** {@code var}. */
    VAR,
    /** Not written: an implicitly typed lambda parameter. */
    UNWRITTEN,
    /** Primitive, array, wildcard, union or intersection type. */
    OTHER
  }

  public TypeNode {
    arguments = List.copyOf(arguments);
  }

  public static TypeNode classType(String name, List<TypeNode> arguments, String text) {
    return new TypeNode(Kind.CLASS, name, arguments, text, null, false);
  }

  public static TypeNode other(Kind kind, String text) {
    return new TypeNode(kind, null, List.of(), text, null, false);
  }

  /** Declared with a written type (not {@code var}, not an implicit lambda parameter). */
  public boolean isWritten() {
    return kind != Kind.VAR && kind != Kind.UNWRITTEN;
  }
}
