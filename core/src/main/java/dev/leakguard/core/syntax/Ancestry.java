package dev.leakguard.core.syntax;

import dev.leakguard.core.model.LambdaSite;
import java.util.ArrayList;
import java.util.List;

/**
 * The nodes from the file's top down to where the walk stands, and what they say about the code
 * there: whether it sits in a lambda and where that is written, whether a value is a condition,
 * whether a call continues a chain. Indices count from the top (0); {@link #top()} is the node
 * being visited.
 */
final class Ancestry {
  private final List<Syntax> nodes = new ArrayList<>();

  void push(Syntax n) {
    nodes.add(n);
  }

  void pop() {
    nodes.remove(nodes.size() - 1);
  }

  int top() {
    return nodes.size() - 1;
  }

  /** The node at {@code i}, or null above the top. */
  Syntax at(int i) {
    return i >= 0 && i < nodes.size() ? nodes.get(i) : null;
  }

  /** {@code i}, or the index of the outermost parentheses or cast around it. */
  int outermostParenthesized(int i) {
    int cur = i;
    while (at(cur - 1) instanceof Expression.Parens || at(cur - 1) instanceof Expression.Cast) {
      cur--;
    }
    return cur;
  }

  /** The node at {@code i} (parentheses and casts around it included) is the receiver of a call or a method reference. */
  boolean continuesChain(int i) {
    int cur = outermostParenthesized(i);
    Syntax parent = at(cur - 1);
    return parent instanceof Expression.Call outer && outer.scope() == at(cur) || parent instanceof Expression.MethodRef;
  }

  /** {@code a} in {@code a.b}: the outer field access decides what it means. */
  boolean isQualifier(int i) {
    return at(i - 1) instanceof Expression.FieldAccess fa && fa.scope() == at(i);
  }

  /**
   * Whether code sits in a lambda or method reference, and where that is written: passed straight
   * to a call (it runs there) or kept for later (it runs when called).
   */
  LambdaSite lambdaSite(int i) {
    LambdaSite site = LambdaSite.NONE;
    for (int k = i; k >= 0 && !(at(k) instanceof Declaration); k--) {
      if (at(k) instanceof Expression.Lambda || at(k) instanceof Expression.MethodRef) {
        if (!isCallArgument(k)) {
          return LambdaSite.STORED;
        }
        site = LambdaSite.ARGUMENT;
      }
    }
    return site;
  }

  /** The node at {@code i} (parentheses and casts around it included) is the value of a {@code return}. */
  boolean isReturned(int i) {
    int cur = outermostParenthesized(i);
    return at(cur - 1) instanceof Statement.Return r && r.value() == at(cur);
  }

  /** The node at {@code i} (parentheses and casts around it included) is an argument of a call or constructor. */
  boolean isCallArgument(int i) {
    int cur = outermostParenthesized(i);
    Syntax arg = at(cur);
    Syntax parent = at(cur - 1);
    return parent instanceof Expression.Call c && containsSame(c.args(), arg)
        || parent instanceof Expression.New n && containsSame(n.args(), arg)
        || parent instanceof Statement.ConstructorCall;
  }

  /** Whether the node at {@code i}, possibly negated or parenthesized, is the condition of an if, a while or a conditional. */
  boolean isCondition(int i) {
    int cur = i;
    while (at(cur - 1) instanceof Expression.Unary u && u.operator() == Expression.UnaryOp.NOT
        || at(cur - 1) instanceof Expression.Parens) {
      cur--;
    }
    Syntax parent = at(cur - 1);
    Syntax node = at(cur);
    return parent instanceof Statement.If s && s.condition() == node
        || parent instanceof Statement.While w && w.condition() == node
        || parent instanceof Expression.Conditional c && c.condition() == node;
  }

  static boolean containsSame(List<? extends Syntax> list, Syntax node) {
    for (Syntax s : list) {
      if (s == node) {
        return true;
      }
    }
    return false;
  }
}
