package dev.leakguard.core.model;

import java.util.List;

/**
 * A type as a reader saw it: its name (qualified when the reader could resolve it, else as
 * written), its type arguments, and whether the reader knows it to be an enum.
 */
public record TypeRef(String name, List<TypeRef> arguments, boolean knownEnum) implements java.io.Serializable {
  public TypeRef {
    arguments = List.copyOf(arguments);
  }

  public static TypeRef of(String name) {
    return new TypeRef(name, List.of(), false);
  }

  public static TypeRef of(String name, List<TypeRef> arguments) {
    return new TypeRef(name, arguments, false);
  }

  /** The name without its package or enclosing classes. */
  public String simpleName() {
    return Names.simpleName(name);
  }
}
