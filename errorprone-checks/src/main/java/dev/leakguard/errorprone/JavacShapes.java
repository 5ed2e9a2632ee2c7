package dev.leakguard.errorprone;

import static com.google.errorprone.util.ASTHelpers.getSymbol;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.YieldTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Type.WildcardType;
import dev.leakguard.core.model.AnnotationFact;
import dev.leakguard.core.model.Expr;
import dev.leakguard.core.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import javax.lang.model.element.ElementKind;

/** Translates javac expressions, types and annotations into the core model's shapes. */
final class JavacShapes {
  private final SourceText source;
  /** The definition of a local or parameter that reaches the code being read, or null. */
  private final Function<Symbol, String> localIds;

  JavacShapes(SourceText source, Function<Symbol, String> localIds) {
    this.source = source;
    this.localIds = localIds;
  }

  Expr expr(ExpressionTree tree) {
    ExpressionTree e = TreePaths.strip(tree);
    if (e instanceof NewClassTree n) {
      return newShape(n);
    }
    if (e instanceof MethodInvocationTree call) {
      String name = methodName(call);
      MethodSymbol sym = getSymbol(call);
      if (sym != null && sym.isStatic()) {
        return new Expr.Call(null, staticOwner(call, sym), name, exprs(call.getArguments()));
      }
      ExpressionTree receiver = ASTHelpers.getReceiver(call);
      return new Expr.Call(receiver == null ? null : expr(receiver), null, name, exprs(call.getArguments()));
    }
    if (e instanceof LiteralTree lit) {
      Object v = lit.getValue();
      return switch (lit.getKind()) {
        case STRING_LITERAL -> Expr.string((String) v);
        case INT_LITERAL, LONG_LITERAL, FLOAT_LITERAL, DOUBLE_LITERAL -> Expr.number(String.valueOf(v));
        case BOOLEAN_LITERAL -> new Expr.Literal(Expr.LiteralKind.BOOLEAN, String.valueOf(v));
        case NULL_LITERAL -> Expr.nullLiteral();
        default -> new Expr.Literal(Expr.LiteralKind.OTHER, String.valueOf(v));
      };
    }
    if (e instanceof IdentifierTree id && id.getName().contentEquals("this")) {
      return new Expr.Other("this");
    }
    if (e instanceof IdentifierTree id) {
      String local = localIds.apply(getSymbol(id));
      return local != null ? new Expr.Local(local, id.getName().toString()) : new Expr.Name(source.text(e));
    }
    if (e instanceof MemberSelectTree) {
      return new Expr.Name(source.text(e));
    }
    if (e instanceof ConditionalExpressionTree c) {
      return new Expr.Choice(List.of(expr(c.getTrueExpression()), expr(c.getFalseExpression())));
    }
    if (e instanceof SwitchExpressionTree s) {
      return new Expr.Choice(exprs(results(s)));
    }
    return new Expr.Other(source.text(e));
  }

  private Expr newShape(NewClassTree n) {
    List<String> bodyMethods = null;
    TypeRef type;
    if (n.getClassBody() != null) {
      bodyMethods = new ArrayList<>();
      for (Tree m : n.getClassBody().getMembers()) {
        if (m instanceof MethodTree method && getSymbol(method) != null
            && getSymbol(method).getKind() == ElementKind.METHOD) {
          bodyMethods.add(method.getName().toString());
        }
      }
      type = typeRef(anonymousSupertype(n));
    } else {
      type = typeRef(ASTHelpers.getType(n));
    }
    if (type == null) {
      type = TypeRef.of(source.text(n.getIdentifier()));
    }
    return new Expr.New(type, exprs(n.getArguments()), bodyMethods);
  }

  /** The values a switch expression's arms give: rule expressions and every {@code yield}. */
  private static List<ExpressionTree> results(SwitchExpressionTree s) {
    List<ExpressionTree> out = new ArrayList<>();
    TreeScanner<Void, Void> yields = new TreeScanner<>() {
      @Override
      public Void visitYield(YieldTree node, Void unused) {
        out.add(node.getValue());
        return null;
      }

      @Override
      public Void visitSwitchExpression(SwitchExpressionTree node, Void unused) {
        return null; // a nested switch's yields are its own
      }
    };
    for (CaseTree c : s.getCases()) {
      if (c.getCaseKind() == CaseTree.CaseKind.RULE && c.getBody() instanceof ExpressionTree value) {
        out.add(value);
      } else if (c.getCaseKind() == CaseTree.CaseKind.RULE) {
        yields.scan(c.getBody(), null);
      } else {
        yields.scan(c.getStatements(), null);
      }
    }
    return out;
  }

  List<Expr> exprs(List<? extends ExpressionTree> trees) {
    List<Expr> out = new ArrayList<>(trees.size());
    for (ExpressionTree t : trees) {
      out.add(expr(t));
    }
    return out;
  }

  static String methodName(MethodInvocationTree call) {
    ExpressionTree select = call.getMethodSelect();
    if (select instanceof MemberSelectTree ms) {
      return ms.getIdentifier().toString();
    }
    return select instanceof IdentifierTree id ? id.getName().toString() : select.toString();
  }

  /** The type a static call is written on ({@code Collections.x()}), else its declaring class. */
  private static String staticOwner(MethodInvocationTree call, MethodSymbol sym) {
    if (call.getMethodSelect() instanceof MemberSelectTree ms && getSymbol(ms.getExpression()) instanceof ClassSymbol written) {
      return written.getQualifiedName().toString();
    }
    return sym.owner.getQualifiedName().toString();
  }

  private static Type anonymousSupertype(NewClassTree n) {
    ClassSymbol anon = getSymbol(n.getClassBody());
    if (anon != null) {
      List<Type> interfaces = anon.getInterfaces();
      Type superclass = anon.getSuperclass();
      boolean object = superclass == null || superclass.tsym == null
          || superclass.tsym.getQualifiedName().contentEquals("java.lang.Object");
      return object && !interfaces.isEmpty() ? interfaces.get(0) : superclass;
    }
    return ASTHelpers.getType(n.getIdentifier());
  }

  static TypeRef typeRef(Type type) {
    if (type == null) {
      return null;
    }
    switch (type.getKind()) {
      case DECLARED -> {
        List<TypeRef> args = new ArrayList<>();
        for (Type a : type.getTypeArguments()) {
          TypeRef ref = typeRef(a);
          args.add(ref == null ? TypeRef.of("?") : ref);
        }
        boolean isEnum = (type.tsym.flags() & Flags.ENUM) != 0;
        return new TypeRef(type.tsym.getQualifiedName().toString(), args, isEnum);
      }
      case WILDCARD -> {
        Type bound = ((WildcardType) type).getExtendsBound();
        return bound == null ? TypeRef.of("?") : typeRef(bound);
      }
      case ARRAY -> {
        TypeRef component = typeRef(((Type.ArrayType) type).getComponentType());
        return TypeRef.of((component == null ? "?" : component.name()) + "[]");
      }
      case TYPEVAR, ERROR -> {
        return TypeRef.of(type.tsym == null ? type.toString() : type.tsym.getSimpleName().toString());
      }
      default -> {
        return TypeRef.of(type.toString());
      }
    }
  }

  List<AnnotationFact> annotations(ModifiersTree modifiers) {
    List<AnnotationFact> out = new ArrayList<>();
    for (AnnotationTree a : modifiers.getAnnotations()) {
      out.add(annotation(a));
    }
    return out;
  }

  private AnnotationFact annotation(AnnotationTree a) {
    Symbol type = getSymbol(a.getAnnotationType());
    String name = type != null ? type.getQualifiedName().toString() : source.text(a.getAnnotationType());
    Map<String, List<String>> values = new TreeMap<>();
    for (ExpressionTree arg : a.getArguments()) {
      String member = "value";
      ExpressionTree value = arg;
      if (arg instanceof AssignmentTree assign) {
        member = assign.getVariable() instanceof IdentifierTree id ? id.getName().toString() : source.text(assign.getVariable());
        value = assign.getExpression();
      }
      List<String> texts = new ArrayList<>();
      for (ExpressionTree element : elements(value)) {
        // a string literal's content, or a constant's value (SuppressWarnings(Rules.ID)); else the text
        texts.add(ASTHelpers.constValue(element) instanceof String s ? s : source.text(element));
      }
      values.put(member, texts);
    }
    return new AnnotationFact(name, values);
  }

  private static List<? extends ExpressionTree> elements(ExpressionTree value) {
    ExpressionTree v = TreePaths.strip(value);
    if (v instanceof NewArrayTree array && array.getInitializers() != null) {
      return array.getInitializers();
    }
    return List.of(v);
  }
}
