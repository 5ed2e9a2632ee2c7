package dev.leakguard.core.syntax;

import java.util.stream.Collectors;

/**
 * An expression's text, printed from the tree ({@code a.b.c}, {@code this.x}, {@code f().g}):
 * how qualified names and field accesses are named in the model.
 */
final class SourceForm {
  private SourceForm() {}

  static String of(Expression e) {
    if (e instanceof Expression.Name n) {
      return n.name();
    }
    if (e instanceof Expression.FieldAccess fa) {
      return of(fa.scope()) + "." + fa.name();
    }
    if (e instanceof Expression.This t) {
      return t.qualifier() == null ? "this" : t.qualifier() + ".this";
    }
    if (e instanceof Expression.TypeName t) {
      return t.type().text();
    }
    if (e instanceof Expression.Call c) {
      String args = c.args().stream().map(SourceForm::of).collect(Collectors.joining(", ", "(", ")"));
      return (c.scope() == null ? "" : of(c.scope()) + ".") + c.name() + args;
    }
    if (e instanceof Expression.Parens p) {
      return "(" + of(p.inner()) + ")";
    }
    if (e instanceof Expression.Cast c) {
      return "(" + c.type().text() + ") " + of(c.expression());
    }
    if (e instanceof Expression.Literal l) {
      return switch (l.kind()) {
        case STRING -> "\"" + l.value() + "\"";
        case CHAR -> "'" + l.value() + "'";
        case NULL -> "null";
        default -> l.value();
      };
    }
    if (e instanceof Expression.ArrayAccess a) {
      return of(a.array()) + "[" + of(a.index()) + "]";
    }
    if (e instanceof Expression.Other o && o.kind() == Expression.OtherKind.SUPER) {
      return "super";
    }
    return "<" + e.getClass().getSimpleName() + ">";
  }
}
