package dev.leakguard.core.syntax;

import java.util.List;

/**
 * One source file as a reader copied it: its path as the front end names it, its text (core
 * finds the comments in it), package, imports and top-level types.
 */
public record SyntaxFile(String path, String text, String packageName, List<Import> imports,
    List<Declaration.TypeDecl> types) {

  public SyntaxFile {
    imports = List.copyOf(imports);
    types = List.copyOf(types);
  }

  /** An import: {@code name} as written after {@code import} (and {@code static}), without {@code .*}. */
  public record Import(String name, boolean isStatic, boolean onDemand) {}
}
