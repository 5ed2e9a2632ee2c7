package dev.leakguard.core.syntax;

import dev.leakguard.core.model.AnnotationFact;
import dev.leakguard.core.model.Expr;
import dev.leakguard.core.model.TypeRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Turns expressions, types and annotations of the tree into the model's shapes ({@link Expr}, {@link TypeRef}). */
final class Shapes {
  private static final int MAX_DEPTH = 8;
  private static final int MAX_ARGS = 4;

  private final Resolver resolver;
  /** The qualified names of the enums the file declares. */
  final Set<String> enumsHere = new HashSet<>();

  Shapes(Resolver resolver) {
    this.resolver = resolver;
  }

  Expr shape(Expression e) {
    return shape(e, 0);
  }

  private Expr shape(Expression raw, int depth) {
    Expression e = Resolver.strip(raw);
    if (depth > MAX_DEPTH) {
      return new Expr.Other("deep");
    }
    if (e instanceof Expression.Assign a && !a.compound()) {
      return shape(a.value(), depth + 1); // `F = c = new T()`: an assignment's value is its right side
    }
    if (e instanceof Expression.New n) {
      List<String> body = null;
      Expr initialValue = null;
      if (n.body() != null) {
        body = new ArrayList<>();
        for (Declaration d : n.body()) {
          if (d instanceof Declaration.MethodDecl m) {
            body.add(m.name());
            Expression returned = m.name().equals("initialValue") && m.params().isEmpty() ? onlyReturned(m.body()) : null;
            initialValue = returned == null ? initialValue : shape(returned, depth + 1);
          }
        }
      }
      return new Expr.New(typeRef(n.type()), args(n.args(), depth), body, initialValue);
    }
    if (e instanceof Expression.Call c) {
      String name = c.name();
      if (c.scope() == null) {
        return new Expr.Call(null, resolver.types.staticImportOwner(name), name, args(c.args(), depth));
      }
      Expression scope = Resolver.strip(c.scope());
      if (scope instanceof Expression.TypeName t) {
        return new Expr.Call(null, resolver.resolve(t.type()), name, args(c.args(), depth));
      }
      if (resolver.looksLikeTypeReference(scope)) {
        return new Expr.Call(null, resolver.types.resolve(SourceForm.of(scope)), name, args(c.args(), depth));
      }
      return new Expr.Call(shape(scope, depth + 1), null, name, args(c.args(), depth));
    }
    if (e instanceof Expression.Literal l) {
      return switch (l.kind()) {
        case STRING -> Expr.string(l.value());
        case NULL -> Expr.nullLiteral();
        case BOOLEAN -> new Expr.Literal(Expr.LiteralKind.BOOLEAN, l.value());
        case NUMBER, CHAR -> Expr.number(l.value());
      };
    }
    if (e instanceof Expression.Name n) {
      String local = resolver.localIdOf(n.name());
      return local != null ? new Expr.Local(local, n.name()) : new Expr.Name(n.name());
    }
    if (e instanceof Expression.Conditional c) {
      return new Expr.Choice(List.of(shape(c.then(), depth + 1), shape(c.otherwise(), depth + 1)));
    }
    if (e instanceof Expression.SwitchExpr sw) {
      List<Expr> options = new ArrayList<>();
      for (Statement.SwitchCase arm : sw.cases()) {
        for (Statement s : arm.body()) {
          if (s instanceof Statement.ExpressionStmt es) {
            options.add(shape(es.expression(), depth + 1));
          }
        }
        for (Statement.Yield y : Descendants.of(arm, Statement.Yield.class)) {
          options.add(shape(y.value(), depth + 1));
        }
      }
      return new Expr.Choice(options);
    }
    if (e instanceof Expression.FieldAccess fa) {
      return new Expr.Name(SourceForm.of(fa));
    }
    if (e instanceof Expression.Binary b && b.operator() == Expression.BinaryOp.PLUS) {
      List<Expr> operands = new ArrayList<>();
      addOperands(b, operands, depth);
      return new Expr.Plus(operands);
    }
    if (e instanceof Expression.Binary b && (b.operator() == Expression.BinaryOp.ARITHMETIC
        || b.operator() == Expression.BinaryOp.REMAINDER || b.operator() == Expression.BinaryOp.BITWISE_AND)) {
      return new Expr.Arithmetic(b.operator() != Expression.BinaryOp.ARITHMETIC, shape(b.left(), depth + 1),
          shape(b.right(), depth + 1));
    }
    if (e instanceof Expression.MethodRef r && r.name().equals("new") && isTypeReference(r.scope())) {
      return new Expr.Made(new Expr.New(constructed(r.scope()), List.of(), null));
    }
    if (e instanceof Expression.Lambda l && madeBy(l) != null) {
      return new Expr.Made(shape(madeBy(l), depth + 1));
    }
    if (e instanceof Expression.This t && t.qualifier() == null) {
      return new Expr.Other("this");
    }
    return new Expr.Other(kindName(e));
  }

  private boolean isTypeReference(Expression scope) {
    Expression s = Resolver.strip(scope);
    return s instanceof Expression.TypeName || resolver.looksLikeTypeReference(s);
  }

  /** The type a constructor reference's scope names ({@code HashMap} in {@code HashMap::new}). */
  private TypeRef constructed(Expression scope) {
    Expression s = Resolver.strip(scope);
    return s instanceof Expression.TypeName t ? typeRef(t.type()) : TypeRef.of(resolver.types.resolve(SourceForm.of(s)));
  }

  /** The one expression a lambda evaluates: its expression body, or a block that only returns it; else null. */
  private static Expression madeBy(Expression.Lambda l) {
    if (l.body() instanceof Statement.ExpressionStmt es) {
      return es.expression();
    }
    return onlyReturned(l.body());
  }

  /** What a block returns when returning it is all the block does; else null. */
  private static Expression onlyReturned(Statement body) {
    if (body instanceof Statement.Block b && b.statements().size() == 1
        && b.statements().get(0) instanceof Statement.Return r && r.value() != null) {
      return r.value();
    }
    return null;
  }

  private void addOperands(Expression e, List<Expr> out, int depth) {
    Expression x = Resolver.strip(e);
    if (x instanceof Expression.Binary b && b.operator() == Expression.BinaryOp.PLUS && depth <= MAX_DEPTH) {
      addOperands(b.left(), out, depth + 1);
      addOperands(b.right(), out, depth + 1);
    } else {
      out.add(shape(x, depth + 1));
    }
  }

  /** A name for an expression the model has no shape for: its node's kind ({@code Binary}, {@code Lambda}, ...). */
  private static String kindName(Expression e) {
    return e instanceof Expression.Other o ? o.kind().name() : e.getClass().getSimpleName();
  }

  /** A call's arguments, as core reads what a growth call adds. */
  List<Expr> arguments(List<Expression> args) {
    return args(args, 0);
  }

  private List<Expr> args(List<Expression> args, int depth) {
    List<Expr> out = new ArrayList<>(Math.min(args.size(), MAX_ARGS));
    for (int i = 0; i < args.size() && i < MAX_ARGS; i++) {
      out.add(shape(args.get(i), depth + 1));
    }
    return out;
  }

  TypeRef typeRef(TypeNode t) {
    if (t.kind() == TypeNode.Kind.CLASS) {
      String name = resolver.resolve(t);
      List<TypeRef> args = new ArrayList<>(t.arguments().size());
      t.arguments().forEach(a -> args.add(typeRef(a)));
      return new TypeRef(name, args, t.knownEnum() || enumsHere.contains(name));
    }
    return TypeRef.of(t.text());
  }

  /** A written type, or null for {@code var} and an implicitly typed lambda parameter. */
  TypeRef declaredType(TypeNode t) {
    return t == null || !t.isWritten() ? null : typeRef(t);
  }

  List<AnnotationFact> annotations(List<Annotation> list) {
    if (list.isEmpty()) {
      return List.of();
    }
    List<AnnotationFact> out = new ArrayList<>(list.size());
    for (Annotation a : list) {
      out.add(new AnnotationFact(resolver.types.resolve(a.name()), a.values()));
    }
    return out;
  }
}
