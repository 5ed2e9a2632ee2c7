package dev.leakguard.core.syntax;

/** One declared variable of a field or local declaration: {@code init} is null without an initializer. */
public record VarDecl(String name, Pos namePos, TypeNode type, Expression init) implements Syntax {}
