package dev.leakguard.errorprone;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.tree.JCTree.JCVariableDecl;
import dev.leakguard.core.model.Location;

/**
 * The declaration of the field a finding is on: core's finding names it by where its name begins,
 * and javac's variable tree starts its position at the name.
 */
final class DeclaredField {
  private DeclaredField() {}

  /** The variable whose name begins at {@code at} in {@code unit}, or null. */
  static JCVariableDecl at(CompilationUnitTree unit, Location at) {
    if (at.line() < 1 || at.column() < 1) {
      return null;
    }
    long offset = unit.getLineMap().getPosition(at.line(), at.column());
    return new TreeScanner<JCVariableDecl, Void>() {
      @Override
      public JCVariableDecl visitVariable(VariableTree v, Void unused) {
        return ((JCVariableDecl) v).pos == offset ? (JCVariableDecl) v : super.visitVariable(v, unused);
      }

      @Override
      public JCVariableDecl reduce(JCVariableDecl a, JCVariableDecl b) {
        return a != null ? a : b;
      }
    }.scan(unit, null);
  }
}
