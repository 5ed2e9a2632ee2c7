package dev.leakguard.core.syntax;

/**
 * A node of the engine-neutral syntax tree a reader copies its engine's tree into
 * ({@link SyntaxFile}): declarations, statements, expressions and the few parts they share.
 * Nodes are compared by identity when a walk asks where one sits in its parent.
 */
public interface Syntax {}
