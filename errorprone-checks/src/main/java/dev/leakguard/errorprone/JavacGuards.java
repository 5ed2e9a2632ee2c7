package dev.leakguard.errorprone;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.util.TreePath;
import dev.leakguard.core.model.Guard;
import dev.leakguard.core.model.Ref;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The conditions code runs under within its member, as the syntax says them (core decides what
 * they mean): the then-branch of an enclosing {@code if} gives one guard per operand of its
 * {@code &&} condition; the else-branch gives a single condition, inverted.
 */
final class JavacGuards {
  /** What a name refers to (a local at its reaching definition, a field), or null. */
  private final Function<ExpressionTree, Ref> references;

  JavacGuards(Function<ExpressionTree, Ref> references) {
    this.references = references;
  }

  /** The guards of the code at {@code path}, innermost first. */
  List<Guard> of(TreePath path) {
    List<Guard> guards = new ArrayList<>();
    for (TreePath p = path; p.getParentPath() != null; p = p.getParentPath()) {
      Tree parent = p.getParentPath().getLeaf();
      if (parent instanceof MethodTree || parent instanceof ClassTree) {
        break;
      }
      if (parent instanceof com.sun.source.tree.AssertTree) {
        guards.add(Guard.assertion());
      }
      if (parent instanceof IfTree i) {
        List<ExpressionTree> operands = conjuncts(i.getCondition());
        if (i.getThenStatement() == p.getLeaf()) {
          operands.forEach(operand -> add(guards, operand, false));
        } else if (i.getElseStatement() == p.getLeaf() && operands.size() == 1) {
          add(guards, operands.get(0), true);
        }
      }
    }
    return guards;
  }

  private static List<ExpressionTree> conjuncts(ExpressionTree condition) {
    ExpressionTree c = TreePaths.strip(condition);
    if (c instanceof BinaryTree b && b.getKind() == Tree.Kind.CONDITIONAL_AND) {
      List<ExpressionTree> all = new ArrayList<>(conjuncts(b.getLeftOperand()));
      all.addAll(conjuncts(b.getRightOperand()));
      return all;
    }
    return new ArrayList<>(List.of(c));
  }

  /** {@code x == null}, {@code x != null}, {@code flag}, {@code !flag} on a reference; anything else says nothing. */
  private void add(List<Guard> guards, ExpressionTree condition, boolean inverted) {
    ExpressionTree c = TreePaths.strip(condition);
    boolean negated = inverted;
    while (c instanceof UnaryTree u && u.getKind() == Tree.Kind.LOGICAL_COMPLEMENT) {
      negated = !negated;
      c = TreePaths.strip(u.getExpression());
    }
    if (c instanceof BinaryTree b && (b.getKind() == Tree.Kind.EQUAL_TO || b.getKind() == Tree.Kind.NOT_EQUAL_TO)) {
      ExpressionTree tested = isNull(b.getLeftOperand()) ? b.getRightOperand()
          : isNull(b.getRightOperand()) ? b.getLeftOperand() : null;
      Ref ref = tested == null ? null : referenceOf(tested);
      if (ref != null) {
        guards.add(new Guard(Guard.Kind.IS_NULL, ref, (b.getKind() == Tree.Kind.EQUAL_TO) != negated));
      }
      return;
    }
    Ref ref = referenceOf(c);
    if (ref != null) {
      guards.add(new Guard(Guard.Kind.FLAG, ref, !negated));
    }
  }

  private static boolean isNull(ExpressionTree tree) {
    return tree.getKind() == Tree.Kind.NULL_LITERAL;
  }

  private Ref referenceOf(ExpressionTree tree) {
    ExpressionTree e = TreePaths.strip(tree);
    return e.getKind() == Tree.Kind.IDENTIFIER || e.getKind() == Tree.Kind.MEMBER_SELECT ? references.apply(e) : null;
  }
}
