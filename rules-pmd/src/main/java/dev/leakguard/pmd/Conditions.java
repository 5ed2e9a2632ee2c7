package dev.leakguard.pmd;

import dev.leakguard.core.model.Guard;
import dev.leakguard.core.model.Ref;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import net.sourceforge.pmd.lang.java.ast.ASTBodyDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTConditionalExpression;
import net.sourceforge.pmd.lang.java.ast.ASTExpression;
import net.sourceforge.pmd.lang.java.ast.ASTIfStatement;
import net.sourceforge.pmd.lang.java.ast.ASTInfixExpression;
import net.sourceforge.pmd.lang.java.ast.ASTNullLiteral;
import net.sourceforge.pmd.lang.java.ast.ASTUnaryExpression;
import net.sourceforge.pmd.lang.java.ast.ASTWhileStatement;
import net.sourceforge.pmd.lang.java.ast.BinaryOp;
import net.sourceforge.pmd.lang.java.ast.JavaNode;
import net.sourceforge.pmd.lang.java.ast.UnaryOp;

/**
 * The conditions around code, as the syntax says them: the guards it runs under within its
 * member, and whether a value is compared or tested. Core decides what they mean.
 */
final class Conditions {
  /** What a name or field access in a condition refers to, as the reader resolves uses. */
  private final Function<ASTExpression, Ref> references;

  Conditions(Function<ASTExpression, Ref> references) {
    this.references = references;
  }

  /**
   * The conditions the code at {@code n} runs under within its member, innermost first: the
   * then-branch of an {@code if} gives each operand of its {@code &&} condition; the else-branch
   * gives a single condition, inverted.
   */
  List<Guard> guardsOf(JavaNode n) {
    List<Guard> guards = new ArrayList<>();
    JavaNode cur = n;
    for (JavaNode parent = cur.getParent(); parent != null && !(parent instanceof ASTBodyDeclaration);
        cur = parent, parent = parent.getParent()) {
      if (parent instanceof net.sourceforge.pmd.lang.java.ast.ASTAssertStatement) {
        guards.add(Guard.assertion());
      }
      if (parent instanceof ASTIfStatement s) {
        List<ASTExpression> operands = conjuncts(s.getCondition());
        if (s.getThenBranch() == cur) {
          operands.forEach(operand -> addGuard(guards, operand, false));
        } else if (s.getElseBranch() == cur && operands.size() == 1) {
          addGuard(guards, operands.get(0), true);
        }
      }
    }
    return guards;
  }

  private static List<ASTExpression> conjuncts(ASTExpression condition) {
    ASTExpression c = PmdFactsReader.withoutCasts(condition);
    if (c instanceof ASTInfixExpression and && and.getOperator() == BinaryOp.CONDITIONAL_AND) {
      List<ASTExpression> all = new ArrayList<>(conjuncts(and.getLeftOperand()));
      all.addAll(conjuncts(and.getRightOperand()));
      return all;
    }
    return List.of(c);
  }

  /** {@code x == null}, {@code x != null}, {@code flag}, {@code !flag} on a reference; anything else says nothing. */
  private void addGuard(List<Guard> guards, ASTExpression condition, boolean inverted) {
    ASTExpression c = PmdFactsReader.withoutCasts(condition);
    boolean negated = inverted;
    while (c instanceof ASTUnaryExpression not && not.getOperator() == UnaryOp.NEGATION) {
      negated = !negated;
      c = PmdFactsReader.withoutCasts(not.getOperand());
    }
    if (c instanceof ASTInfixExpression test && BinaryOp.EQUALITY_OPS.contains(test.getOperator())) {
      ASTExpression other = test.getLeftOperand() instanceof ASTNullLiteral ? test.getRightOperand()
          : test.getRightOperand() instanceof ASTNullLiteral ? test.getLeftOperand() : null;
      Ref ref = other == null ? null : references.apply(PmdFactsReader.withoutCasts(other));
      if (ref != null) {
        guards.add(new Guard(Guard.Kind.IS_NULL, ref, (test.getOperator() == BinaryOp.EQ) != negated));
      }
      return;
    }
    Ref ref = references.apply(c);
    if (ref != null) {
      guards.add(new Guard(Guard.Kind.FLAG, ref, !negated));
    }
  }

  /**
   * The value is an operand of {@code < <= > >= == !=}, or is itself (possibly under {@code !})
   * the condition of an {@code if}, {@code while} or {@code ?:}.
   */
  static boolean isCompared(JavaNode value) {
    JavaNode parent = value.getParent();
    if (parent instanceof ASTInfixExpression infix) {
      BinaryOp op = infix.getOperator();
      return BinaryOp.COMPARISON_OPS.contains(op) || BinaryOp.EQUALITY_OPS.contains(op);
    }
    JavaNode condition = value;
    while (parent instanceof ASTUnaryExpression not && not.getOperator() == UnaryOp.NEGATION) {
      condition = parent;
      parent = parent.getParent();
    }
    return parent instanceof ASTIfStatement s && s.getCondition() == condition
        || parent instanceof ASTWhileStatement w && w.getCondition() == condition
        || parent instanceof ASTConditionalExpression c && c.getCondition() == condition;
  }
}
