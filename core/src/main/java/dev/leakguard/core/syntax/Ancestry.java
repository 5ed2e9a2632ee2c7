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
   * Calls whose function argument runs later and again and again, not during the call: a fixed-rate
   * or fixed-delay task, a listener or subscriber registered for every event.
   */
  private static final java.util.Set<String> REPEATING_CALLS = java.util.Set.of("scheduleAtFixedRate",
      "scheduleWithFixedDelay", "addListener", "subscribe", "register");
  /**
   * Calls whose function argument runs once, later, on another thread: repeatedly only in a loop of
   * its own ({@code execute} is left out: a template's runs during the call).
   */
  private static final java.util.Set<String> TASK_CALLS = java.util.Set.of("submit", "schedule", "runAsync",
      "supplyAsync");

  /**
   * Whether code sits in a lambda or method reference, and where that is written: passed straight
   * to a call (it runs there) or kept for later (it runs when called: stored, or handed to an
   * executor, a scheduler, a new thread or a listener registration).
   */
  LambdaSite lambdaSite(int i) {
    LambdaSite site = LambdaSite.NONE;
    for (int k = i; k >= 0 && !(at(k) instanceof Declaration); k--) {
      if (at(k) instanceof Expression.Lambda || at(k) instanceof Expression.MethodRef) {
        if (!isCallArgument(k) || runsLaterAgain(k, i)) {
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

  /**
   * Whether the function at {@code k}, an argument of a call, runs later and more than once for the
   * code at {@code i} in it: registered for every event or at a fixed rate ({@link #REPEATING_CALLS},
   * {@code add..Listener}), or handed to a thread or an executor as a task ({@link #TASK_CALLS},
   * {@code new Thread(..)}) with the code in a loop of the task's own.
   */
  private boolean runsLaterAgain(int k, int i) {
    Syntax parent = at(outermostParenthesized(k) - 1);
    boolean task;
    if (parent instanceof Expression.Call c) {
      String name = c.name();
      if (REPEATING_CALLS.contains(name) || name.startsWith("add") && name.endsWith("Listener")) {
        return true;
      }
      task = TASK_CALLS.contains(name);
    } else {
      task = parent instanceof Expression.New n && n.type() != null
          && dev.leakguard.core.model.Names.simpleName(n.type().name()).equals("Thread");
    }
    if (task) {
      for (int j = k + 1; j <= i; j++) {
        Syntax s = at(j);
        if (s instanceof Statement.While || s instanceof Statement.Do || s instanceof Statement.For
            || s instanceof Statement.ForEach) {
          return true;
        }
      }
    }
    return false;
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
