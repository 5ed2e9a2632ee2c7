package dev.leakguard.core.syntax;

import dev.leakguard.core.model.Guard;
import dev.leakguard.core.model.Ref;
import java.util.ArrayList;
import java.util.List;

/**
 * The conditions code runs under within its member, innermost first: the then-branch of an
 * {@code if} gives each operand of its {@code &&} condition; the else-branch gives a single
 * condition, inverted; an {@code assert} statement gives the assertion guard.
 */
final class GuardReader {
  private final Ancestry path;
  private final Resolver resolver;

  GuardReader(Ancestry path, Resolver resolver) {
    this.path = path;
    this.resolver = resolver;
  }

  List<Guard> guardsOf(int i) {
    List<Guard> guards = new ArrayList<>();
    for (int cur = i; cur > 0 && !(path.at(cur - 1) instanceof Declaration); cur--) {
      Syntax parent = path.at(cur - 1);
      if (parent instanceof Statement.Assert) {
        guards.add(Guard.assertion());
      }
      if (parent instanceof Statement.If s) {
        if (s.then() == path.at(cur)) {
          for (Expression operand : conjuncts(s.condition())) {
            addGuard(guards, operand, false);
          }
        } else if (s.otherwise() == path.at(cur) && conjuncts(s.condition()).size() == 1) {
          addGuard(guards, s.condition(), true);
        }
      }
    }
    return guards;
  }

  private static List<Expression> conjuncts(Expression condition) {
    Expression c = Resolver.strip(condition);
    if (c instanceof Expression.Binary b && b.operator() == Expression.BinaryOp.AND) {
      List<Expression> all = new ArrayList<>(conjuncts(b.left()));
      all.addAll(conjuncts(b.right()));
      return all;
    }
    return List.of(c);
  }

  /** {@code x == null}, {@code x != null}, {@code flag}, {@code !flag} on a reference; anything else says nothing. */
  private void addGuard(List<Guard> guards, Expression condition, boolean inverted) {
    Expression c = Resolver.strip(condition);
    boolean negated = inverted;
    while (c instanceof Expression.Unary u && u.operator() == Expression.UnaryOp.NOT) {
      negated = !negated;
      c = Resolver.strip(u.operand());
    }
    if (c instanceof Expression.Binary b
        && (b.operator() == Expression.BinaryOp.EQUALS || b.operator() == Expression.BinaryOp.NOT_EQUALS)) {
      Expression other = isNull(b.left()) ? b.right() : isNull(b.right()) ? b.left() : null;
      Ref ref = other == null ? null : resolver.referenceOf(other);
      if (ref != null) {
        boolean whenNull = (b.operator() == Expression.BinaryOp.EQUALS) != negated;
        guards.add(new Guard(Guard.Kind.IS_NULL, ref, whenNull));
      }
      return;
    }
    Ref ref = resolver.referenceOf(c);
    if (ref != null) {
      guards.add(new Guard(Guard.Kind.FLAG, ref, !negated));
    }
  }

  private static boolean isNull(Expression e) {
    return e instanceof Expression.Literal l && l.kind() == Expression.LiteralKind.NULL;
  }
}
