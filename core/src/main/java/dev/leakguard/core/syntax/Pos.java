package dev.leakguard.core.syntax;

/** Where a node begins: 1-based line and column as the engine counts them. */
public record Pos(int line, int column) {
  public static final Pos UNKNOWN = new Pos(1, 1);
}
