package dev.leakguard.core.model;

import java.util.List;

/**
 * One definition of a local variable or parameter: its declaration (with or without an
 * initializer) or a later assignment. Uses refer to the definition that reaches them in source
 * order ({@link Ref.Local}).
 *
 * @param id unique within the facts (a reader builds it from the file and the definition's position)
 * @param name the variable's name, for explanations
 * @param parameter a method, constructor, lambda or catch parameter: input from the caller
 * @param source when the value is a chain of calls starting at a reference ({@code m = F},
 *     {@code it = F.entrySet().iterator()}, {@code b = a}), where it starts; else null
 * @param sourceCalls the calls applied from {@code source}, in order ({@code [entrySet, iterator]})
 * @param value the value's shape (null for a parameter or a declaration without initializer)
 * @param mentions ids of the locals and parameters the value mentions (input flows through them)
 * @param type the declared type, or null when not written ({@code var}, an untyped lambda parameter)
 */
public record LocalFact(
    String id,
    String name,
    boolean parameter,
    Ref source,
    List<String> sourceCalls,
    Expr value,
    List<String> mentions,
    TypeRef type) implements java.io.Serializable {

  public LocalFact {
    sourceCalls = List.copyOf(sourceCalls);
    mentions = List.copyOf(mentions);
  }

  public static LocalFact parameter(String id, String name, TypeRef type) {
    return new LocalFact(id, name, true, null, List.of(), null, List.of(), type);
  }
}
