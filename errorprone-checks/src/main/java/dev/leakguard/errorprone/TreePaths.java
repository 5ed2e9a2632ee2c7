package dev.leakguard.errorprone;

import static com.google.errorprone.util.ASTHelpers.getSymbol;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.TreePath;
import dev.leakguard.core.model.LambdaSite;
import javax.lang.model.element.ElementKind;

/** What the syntax around a javac tree says: parentheses, casts, conditions, enclosing lambdas. */
final class TreePaths {
  private TreePaths() {}

  /** Looks through parentheses and casts. */
  static ExpressionTree strip(ExpressionTree tree) {
    ExpressionTree e = tree;
    while (true) {
      if (e instanceof ParenthesizedTree p) {
        e = p.getExpression();
      } else if (e instanceof TypeCastTree c) {
        e = c.getExpression();
      } else {
        return e;
      }
    }
  }

  /** The path of the outermost parentheses and casts around {@code path}'s tree. */
  static TreePath skipParensUp(TreePath path) {
    TreePath p = path;
    while (p.getParentPath() != null
        && (p.getParentPath().getLeaf() instanceof ParenthesizedTree || p.getParentPath().getLeaf() instanceof TypeCastTree)) {
      p = p.getParentPath();
    }
    return p;
  }

  static Tree parent(TreePath path) {
    return path.getParentPath() == null ? null : path.getParentPath().getLeaf();
  }

  /** The call made on {@code path}'s tree ({@code x.m()} for {@code x}), or null. */
  static MethodInvocationTree callOn(TreePath path) {
    return parent(path) instanceof MemberSelectTree select && select.getExpression() == path.getLeaf()
        && parent(path.getParentPath()) instanceof MethodInvocationTree call && call.getMethodSelect() == select ? call : null;
  }

  /** The method reference made on {@code path}'s tree ({@code x::m} for {@code x}), or null. */
  static MemberReferenceTree referenceOn(TreePath path) {
    return parent(path) instanceof MemberReferenceTree ref && ref.getQualifierExpression() == path.getLeaf() ? ref : null;
  }

  /** The call's value has a method called on it, or is the qualifier of a method reference. */
  static boolean continuesChain(TreePath call) {
    TreePath p = skipParensUp(call);
    return callOn(p) != null || referenceOn(p) != null;
  }

  /**
   * The value at {@code path} is an operand of a comparison, or (possibly negated) the condition
   * of an {@code if}, {@code while} or {@code ?:}.
   */
  static boolean isComparedOrCondition(TreePath path) {
    TreePath p = path;
    if (parent(p) instanceof BinaryTree binary) {
      return switch (binary.getKind()) {
        case LESS_THAN, LESS_THAN_EQUAL, GREATER_THAN, GREATER_THAN_EQUAL, EQUAL_TO, NOT_EQUAL_TO -> true;
        default -> false;
      };
    }
    while (p.getParentPath() != null) {
      Tree up = p.getParentPath().getLeaf();
      if (up instanceof ParenthesizedTree
          || up instanceof UnaryTree unary && unary.getKind() == Tree.Kind.LOGICAL_COMPLEMENT) {
        p = p.getParentPath();
        continue;
      }
      Tree node = p.getLeaf();
      return up instanceof IfTree i && i.getCondition() == node
          || up instanceof WhileLoopTree w && w.getCondition() == node
          || up instanceof ConditionalExpressionTree c && c.getCondition() == node;
    }
    return false;
  }

  /**
   * Whether the code at {@code path} sits in lambdas or method references (up to its member), and
   * whether each of them is passed straight to a call or {@code new} (it runs there) or kept.
   */
  static LambdaSite lambdaSite(TreePath path) {
    LambdaSite site = LambdaSite.NONE;
    for (TreePath p = path; p != null && !(p.getLeaf() instanceof MethodTree || p.getLeaf() instanceof ClassTree);
        p = p.getParentPath()) {
      if (p.getLeaf() instanceof LambdaExpressionTree || p.getLeaf() instanceof MemberReferenceTree) {
        if (!isCallArgument(p)) {
          return LambdaSite.STORED;
        }
        site = LambdaSite.ARGUMENT;
      }
    }
    return site;
  }

  /** An argument of a call or of a {@code new} (an enum constant's arguments are kept by the constant). */
  private static boolean isCallArgument(TreePath fn) {
    TreePath p = skipParensUp(fn);
    Tree parent = parent(p);
    if (parent instanceof MethodInvocationTree call) {
      return call.getArguments().contains(p.getLeaf());
    }
    return parent instanceof NewClassTree n && n.getArguments().contains(p.getLeaf())
        && !isEnumConstant(parent(p.getParentPath()));
  }

  static boolean isEnumConstant(Tree tree) {
    return tree instanceof VariableTree v && getSymbol(v) != null && getSymbol(v).getKind() == ElementKind.ENUM_CONSTANT;
  }
}
