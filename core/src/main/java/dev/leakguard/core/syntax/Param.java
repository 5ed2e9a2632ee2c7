package dev.leakguard.core.syntax;

/** A parameter of a method, constructor, lambda or catch clause, or a record's component. */
public record Param(String name, Pos namePos, TypeNode type) implements Syntax {}
