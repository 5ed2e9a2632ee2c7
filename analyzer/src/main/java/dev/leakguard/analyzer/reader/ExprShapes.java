package dev.leakguard.analyzer.reader;

import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LiteralStringValueExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.leakguard.core.model.AnnotationFact;
import dev.leakguard.core.model.Expr;
import dev.leakguard.core.model.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Translates JavaParser expressions, types and annotations into the core model's shapes. */
final class ExprShapes {
  private static final int MAX_DEPTH = 8;
  private static final int MAX_ARGS = 4;

  private final dev.leakguard.core.source.ImportScope types;
  private final FactsReader reader;

  ExprShapes(dev.leakguard.core.source.ImportScope types, FactsReader reader) {
    this.types = types;
    this.reader = reader;
  }

  /** Looks through parentheses and casts. */
  static Expression strip(Expression e) {
    Expression x = e;
    while (true) {
      if (x instanceof EnclosedExpr en) {
        x = en.getInner();
      } else if (x instanceof CastExpr c) {
        x = c.getExpression();
      } else {
        return x;
      }
    }
  }

  Expr shape(Expression e) {
    return shape(e, 0);
  }

  private Expr shape(Expression raw, int depth) {
    Expression e = strip(raw);
    if (depth > MAX_DEPTH) {
      return new Expr.Other("deep");
    }
    if (e instanceof ObjectCreationExpr oc) {
      List<String> body = null;
      if (oc.getAnonymousClassBody().isPresent()) {
        body = new ArrayList<>();
        for (BodyDeclaration<?> b : oc.getAnonymousClassBody().get()) {
          if (b instanceof MethodDeclaration m) {
            body.add(m.getNameAsString());
          }
        }
      }
      return new Expr.New(typeRef(oc.getType()), args(oc.getArguments(), depth), body);
    }
    if (e instanceof MethodCallExpr mc) {
      String name = mc.getNameAsString();
      if (mc.getScope().isEmpty()) {
        return new Expr.Call(null, types.staticImportOwner(name), name, args(mc.getArguments(), depth));
      }
      Expression scope = strip(mc.getScope().get());
      if (reader.looksLikeTypeReference(scope)) {
        return new Expr.Call(null, types.resolve(scope.toString()), name, args(mc.getArguments(), depth));
      }
      return new Expr.Call(shape(scope, depth + 1), null, name, args(mc.getArguments(), depth));
    }
    if (e instanceof StringLiteralExpr s) {
      return Expr.string(s.asString());
    }
    if (e instanceof TextBlockLiteralExpr t) {
      return Expr.string(t.asString());
    }
    if (e instanceof NullLiteralExpr) {
      return Expr.nullLiteral();
    }
    if (e instanceof BooleanLiteralExpr b) {
      return new Expr.Literal(Expr.LiteralKind.BOOLEAN, String.valueOf(b.getValue()));
    }
    if (e instanceof LiteralStringValueExpr l) {
      return Expr.number(l.getValue());
    }
    if (e instanceof NameExpr n) {
      String local = reader.localIdOf(n.getNameAsString());
      return local != null ? new Expr.Local(local, n.getNameAsString()) : new Expr.Name(n.getNameAsString());
    }
    if (e instanceof com.github.javaparser.ast.expr.ConditionalExpr c) {
      return new Expr.Choice(List.of(shape(c.getThenExpr(), depth + 1), shape(c.getElseExpr(), depth + 1)));
    }
    if (e instanceof com.github.javaparser.ast.expr.SwitchExpr sw) {
      List<Expr> options = new ArrayList<>();
      for (var entry : sw.getEntries()) {
        for (var stmt : entry.getStatements()) {
          if (stmt instanceof com.github.javaparser.ast.stmt.ExpressionStmt es) {
            options.add(shape(es.getExpression(), depth + 1));
          }
        }
        entry.findAll(com.github.javaparser.ast.stmt.YieldStmt.class)
            .forEach(y -> options.add(shape(y.getExpression(), depth + 1)));
      }
      return new Expr.Choice(options);
    }
    if (e instanceof FieldAccessExpr fa) {
      return new Expr.Name(fa.toString());
    }
    if (e instanceof com.github.javaparser.ast.expr.ThisExpr t && t.getTypeName().isEmpty()) {
      return new Expr.Other("this");
    }
    return new Expr.Other(e.getClass().getSimpleName());
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

  TypeRef typeRef(Type t) {
    if (t instanceof ClassOrInterfaceType c) {
      String name = types.resolve(c.getNameWithScope());
      List<TypeRef> args = new ArrayList<>();
      c.getTypeArguments().ifPresent(list -> list.forEach(a -> args.add(typeRef(a))));
      return new TypeRef(name, args, reader.isEnumHere(name));
    }
    return TypeRef.of(t.asString());
  }

  AnnotationFact annotation(AnnotationExpr a) {
    String name = types.resolve(a.getNameAsString());
    Map<String, List<String>> values = new HashMap<>();
    if (a instanceof SingleMemberAnnotationExpr s) {
      values.put("value", values(s.getMemberValue()));
    } else if (a instanceof NormalAnnotationExpr n) {
      for (MemberValuePair p : n.getPairs()) {
        values.put(p.getNameAsString(), values(p.getValue()));
      }
    }
    return new AnnotationFact(name, values);
  }

  private static List<String> values(Expression e) {
    List<String> out = new ArrayList<>();
    if (e instanceof ArrayInitializerExpr arr) {
      arr.getValues().forEach(v -> out.add(value(v)));
    } else {
      out.add(value(e));
    }
    return out;
  }

  private static String value(Expression e) {
    if (e instanceof StringLiteralExpr s) {
      return s.asString();
    }
    if (e instanceof TextBlockLiteralExpr t) {
      return t.asString();
    }
    return e.toString();
  }
}
