package dev.leakguard.analyzer.reader;

import com.github.javaparser.Position;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.*;
import com.github.javaparser.ast.expr.*;
import com.github.javaparser.ast.nodeTypes.NodeWithModifiers;
import com.github.javaparser.ast.stmt.*;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.leakguard.core.catalog.Catalog;
import dev.leakguard.core.syntax.Annotation;
import dev.leakguard.core.syntax.Declaration;
import dev.leakguard.core.syntax.Expression;
import dev.leakguard.core.syntax.FactsExtractor;
import dev.leakguard.core.syntax.Modifiers;
import dev.leakguard.core.syntax.Param;
import dev.leakguard.core.syntax.Pos;
import dev.leakguard.core.syntax.Statement;
import dev.leakguard.core.syntax.Syntax;
import dev.leakguard.core.syntax.SyntaxFile;
import dev.leakguard.core.syntax.TypeNode;
import dev.leakguard.core.syntax.VarDecl;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one JavaParser compilation unit into core facts (core/README.md, "Writing a reader"): it
 * copies the tree into core's syntax tree, node for node, and core's one walk
 * ({@link FactsExtractor}) reads the facts from there.
 */
public final class SyntaxCopier {
  private SyntaxCopier() {}

  /**
   * Reads a parsed file. {@code source} is its text: core finds the comments that document a
   * field in it, not JavaParser's attribution.
   */
  public static FileFacts read(String file, CompilationUnit cu, String source, Catalog catalog) {
    return new FileFacts(file, FactsExtractor.extract(copy(file, cu, source), catalog));
  }

  static SyntaxFile copy(String file, CompilationUnit cu, String source) {
    List<SyntaxFile.Import> imports = new ArrayList<>();
    cu.getImports().forEach(i -> imports.add(new SyntaxFile.Import(i.getNameAsString(), i.isStatic(), i.isAsterisk())));
    return new SyntaxFile(file, source, cu.getPackageDeclaration().map(p -> p.getNameAsString()).orElse(""), imports,
        Syntax.copyAll(cu.getTypes(), SyntaxCopier::type));
  }

  // ---------------------------------------------------------------- declarations

  private static Declaration.TypeDecl type(TypeDeclaration<?> n) {
    Declaration.TypeKind kind;
    List<String> supers = new ArrayList<>();
    List<Param> components = List.of();
    List<Declaration.EnumConstant> constants = List.of();
    if (n instanceof ClassOrInterfaceDeclaration c) {
      kind = c.isInterface() ? Declaration.TypeKind.INTERFACE : Declaration.TypeKind.CLASS;
      c.getExtendedTypes().forEach(t -> supers.add(t.getNameWithScope()));
      c.getImplementedTypes().forEach(t -> supers.add(t.getNameWithScope()));
    } else if (n instanceof EnumDeclaration e) {
      kind = Declaration.TypeKind.ENUM;
      e.getImplementedTypes().forEach(t -> supers.add(t.getNameWithScope()));
      constants = Syntax.copyAll(e.getEntries(), c -> new Declaration.EnumConstant(c.getNameAsString(), pos(c.getName()),
          expressions(c.getArguments()), members(c.getClassBody())));
    } else if (n instanceof RecordDeclaration r) {
      kind = Declaration.TypeKind.RECORD;
      r.getImplementedTypes().forEach(t -> supers.add(t.getNameWithScope()));
      components = params(r.getParameters());
    } else {
      kind = Declaration.TypeKind.ANNOTATION;
    }
    return new Declaration.TypeDecl(kind, n.getNameAsString(), pos(n.getName()), modifiers(n), annotations(n.getAnnotations()),
        supers, components, constants, members(n.getMembers()));
  }

  private static List<Declaration> members(NodeList<BodyDeclaration<?>> members) {
    return Syntax.copyAll(members, SyntaxCopier::member);
  }

  /** A member, or null for an annotation type's element. */
  private static Declaration member(BodyDeclaration<?> m) {
    if (m instanceof TypeDeclaration<?> t) {
      return type(t);
    }
    if (m instanceof FieldDeclaration f) {
      int first = f.getBegin().map(p -> p.line).orElse(1);
      return new Declaration.FieldDecl(modifiers(f), annotations(f.getAnnotations()),
          Syntax.copyAll(f.getVariables(), SyntaxCopier::variable), first,
          f.getEnd().map(p -> p.line).orElse(first));
    }
    if (m instanceof MethodDeclaration md) {
      return new Declaration.MethodDecl(md.getNameAsString(), modifiers(md), annotations(md.getAnnotations()),
          params(md.getParameters()), md.getBody().map(SyntaxCopier::block).orElse(null));
    }
    if (m instanceof ConstructorDeclaration c) {
      return new Declaration.ConstructorDecl(modifiers(c), annotations(c.getAnnotations()), params(c.getParameters()),
          block(c.getBody()), false);
    }
    if (m instanceof CompactConstructorDeclaration c) {
      return new Declaration.ConstructorDecl(modifiers(c), annotations(c.getAnnotations()), List.of(), block(c.getBody()),
          true);
    }
    if (m instanceof InitializerDeclaration i) {
      return new Declaration.InitializerDecl(i.isStatic(), block(i.getBody()));
    }
    return null;
  }

  private static Modifiers modifiers(NodeWithModifiers<?> n) {
    return Modifiers.of(Syntax.copyAll(n.getModifiers(), m -> m.getKeyword().asString()));
  }

  private static List<Annotation> annotations(NodeList<AnnotationExpr> list) {
    return Syntax.copyAll(list, a -> {
      Map<String, List<String>> values = new HashMap<>();
      if (a instanceof SingleMemberAnnotationExpr s) {
        values.put("value", annotationValues(s.getMemberValue()));
      } else if (a instanceof NormalAnnotationExpr n) {
        n.getPairs().forEach(p -> values.put(p.getNameAsString(), annotationValues(p.getValue())));
      }
      return new Annotation(a.getNameAsString(), values);
    });
  }

  private static List<String> annotationValues(com.github.javaparser.ast.expr.Expression e) {
    return e instanceof ArrayInitializerExpr arr ? Syntax.copyAll(arr.getValues(), SyntaxCopier::annotationValue)
        : List.of(annotationValue(e));
  }

  private static String annotationValue(com.github.javaparser.ast.expr.Expression e) {
    if (e instanceof StringLiteralExpr s) {
      return s.asString();
    }
    return e instanceof TextBlockLiteralExpr t ? t.asString() : e.toString();
  }

  private static List<Param> params(NodeList<Parameter> parameters) {
    return Syntax.copyAll(parameters, SyntaxCopier::param);
  }

  private static Param param(Parameter p) {
    return new Param(p.getNameAsString(), pos(p.getName()), type(p.getType()));
  }

  private static VarDecl variable(VariableDeclarator v) {
    return new VarDecl(v.getNameAsString(), pos(v.getName()), type(v.getType()),
        v.getInitializer().map(SyntaxCopier::expression).orElse(null));
  }

  private static TypeNode type(Type t) {
    if (t instanceof ClassOrInterfaceType c) {
      List<TypeNode> args = c.getTypeArguments().map(list -> Syntax.copyAll(list, SyntaxCopier::type)).orElse(List.of());
      return TypeNode.classType(c.getNameWithScope(), args, c.asString());
    }
    if (t.isVarType()) {
      return TypeNode.other(TypeNode.Kind.VAR, "var");
    }
    return TypeNode.other(t.isUnknownType() ? TypeNode.Kind.UNWRITTEN : TypeNode.Kind.OTHER, t.asString());
  }

  private static Pos pos(Node n) {
    Position p = n.getBegin().orElse(null);
    return p == null ? Pos.UNKNOWN : new Pos(p.line, p.column);
  }

  // ---------------------------------------------------------------- statements

  private static Statement.Block block(BlockStmt b) {
    return new Statement.Block(Syntax.copyAll(b.getStatements(), SyntaxCopier::statement));
  }

  private static Statement statement(com.github.javaparser.ast.stmt.Statement s) {
    if (s == null) {
      return null;
    }
    if (s instanceof BlockStmt b) {
      return block(b);
    }
    if (s instanceof ExpressionStmt e) {
      return new Statement.ExpressionStmt(expression(e.getExpression()));
    }
    if (s instanceof IfStmt i) {
      return new Statement.If(expression(i.getCondition()), statement(i.getThenStmt()),
          statement(i.getElseStmt().orElse(null)));
    }
    if (s instanceof WhileStmt w) {
      return new Statement.While(expression(w.getCondition()), statement(w.getBody()));
    }
    if (s instanceof DoStmt d) {
      return new Statement.Do(statement(d.getBody()), expression(d.getCondition()));
    }
    if (s instanceof ForStmt f) {
      return new Statement.For(expressions(f.getInitialization()), f.getCompare().map(SyntaxCopier::expression).orElse(null),
          expressions(f.getUpdate()), statement(f.getBody()));
    }
    if (s instanceof ForEachStmt f) {
      return new Statement.ForEach((Expression.LocalVars) expression(f.getVariable()), expression(f.getIterable()),
          statement(f.getBody()));
    }
    if (s instanceof TryStmt t) {
      List<Statement.Catch> catches = Syntax.copyAll(t.getCatchClauses(),
          c -> new Statement.Catch(param(c.getParameter()), block(c.getBody())));
      return new Statement.Try(expressions(t.getResources()), block(t.getTryBlock()), catches,
          t.getFinallyBlock().map(SyntaxCopier::block).orElse(null));
    }
    if (s instanceof SwitchStmt sw) {
      return new Statement.Switch(expression(sw.getSelector()), cases(sw.getEntries()));
    }
    if (s instanceof ReturnStmt r) {
      return new Statement.Return(r.getExpression().map(SyntaxCopier::expression).orElse(null));
    }
    if (s instanceof ThrowStmt t) {
      return new Statement.Throw(expression(t.getExpression()));
    }
    if (s instanceof YieldStmt y) {
      return new Statement.Yield(expression(y.getExpression()));
    }
    if (s instanceof SynchronizedStmt sy) {
      return new Statement.Synchronized(expression(sy.getExpression()), block(sy.getBody()));
    }
    if (s instanceof AssertStmt a) {
      return new Statement.Assert(expression(a.getCheck()), a.getMessage().map(SyntaxCopier::expression).orElse(null));
    }
    if (s instanceof LabeledStmt l) {
      return new Statement.Labeled(l.getLabel().asString(), statement(l.getStatement()));
    }
    if (s instanceof LocalClassDeclarationStmt l) {
      return new Statement.LocalType(type(l.getClassDeclaration()));
    }
    if (s instanceof LocalRecordDeclarationStmt l) {
      return new Statement.LocalType(type(l.getRecordDeclaration()));
    }
    if (s instanceof ExplicitConstructorInvocationStmt c) {
      return new Statement.ConstructorCall(c.isThis(), c.getExpression().map(SyntaxCopier::expression).orElse(null),
          expressions(c.getArguments()));
    }
    return new Statement.Jump();
  }

  private static List<Statement.SwitchCase> cases(NodeList<SwitchEntry> entries) {
    return Syntax.copyAll(entries, e -> new Statement.SwitchCase(expressions(e.getLabels()),
        e.getGuard().map(SyntaxCopier::expression).orElse(null), Syntax.copyAll(e.getStatements(), SyntaxCopier::statement)));
  }

  // ---------------------------------------------------------------- expressions

  private static List<Expression> expressions(NodeList<? extends com.github.javaparser.ast.expr.Expression> list) {
    return Syntax.copyAll(list, SyntaxCopier::expression);
  }

  private static Expression expression(com.github.javaparser.ast.expr.Expression e) {
    if (e == null) {
      return null;
    }
    Pos at = pos(e);
    if (e instanceof NameExpr n) {
      return new Expression.Name(n.getNameAsString(), at);
    }
    if (e instanceof FieldAccessExpr fa) {
      return new Expression.FieldAccess(expression(fa.getScope()), fa.getNameAsString(), at);
    }
    if (e instanceof MethodCallExpr mc) {
      return new Expression.Call(mc.getScope().map(SyntaxCopier::expression).orElse(null), mc.getNameAsString(),
          expressions(mc.getArguments()), at);
    }
    if (e instanceof ObjectCreationExpr oc) {
      return new Expression.New(oc.getScope().map(SyntaxCopier::expression).orElse(null), type(oc.getType()),
          expressions(oc.getArguments()), oc.getAnonymousClassBody().map(SyntaxCopier::members).orElse(null), at);
    }
    if (e instanceof ThisExpr t) {
      return new Expression.This(t.getTypeName().map(n -> n.getIdentifier()).orElse(null), at);
    }
    if (e instanceof TypeExpr t) {
      return new Expression.TypeName(type(t.getType()), at);
    }
    if (e instanceof LambdaExpr l) {
      return new Expression.Lambda(params(l.getParameters()), statement(l.getBody()), at);
    }
    if (e instanceof MethodReferenceExpr mr) {
      return new Expression.MethodRef(expression(mr.getScope()), mr.getIdentifier(), at);
    }
    if (e instanceof AssignExpr a) {
      return new Expression.Assign(expression(a.getTarget()), a.getOperator() != AssignExpr.Operator.ASSIGN,
          expression(a.getValue()), at);
    }
    if (e instanceof BinaryExpr b) {
      return new Expression.Binary(Expression.BinaryOp.ofToken(b.getOperator().asString()), expression(b.getLeft()), expression(b.getRight()), at);
    }
    if (e instanceof UnaryExpr u) {
      return new Expression.Unary(Expression.UnaryOp.ofToken(u.getOperator().asString()), expression(u.getExpression()), at);
    }
    if (e instanceof ConditionalExpr c) {
      return new Expression.Conditional(expression(c.getCondition()), expression(c.getThenExpr()),
          expression(c.getElseExpr()), at);
    }
    if (e instanceof CastExpr c) {
      return new Expression.Cast(type(c.getType()), expression(c.getExpression()), at);
    }
    if (e instanceof EnclosedExpr en) {
      return new Expression.Parens(expression(en.getInner()), at);
    }
    if (e instanceof LiteralExpr) {
      return literal(e, at);
    }
    if (e instanceof InstanceOfExpr i) {
      return new Expression.InstanceOf(expression(i.getExpression()), type(i.getType()),
          i.getPattern().map(SyntaxCopier::expression).orElse(null), at);
    }
    if (e instanceof TypePatternExpr p) {
      return new Expression.TypePattern(type(p.getType()), p.getNameAsString(), pos(p.getName()), at);
    }
    if (e instanceof RecordPatternExpr r) {
      return new Expression.RecordPattern(type(r.getType()), expressions(r.getPatternList()), at);
    }
    if (e instanceof SwitchExpr sw) {
      return new Expression.SwitchExpr(expression(sw.getSelector()), cases(sw.getEntries()), at);
    }
    if (e instanceof ArrayAccessExpr a) {
      return new Expression.ArrayAccess(expression(a.getName()), expression(a.getIndex()), at);
    }
    if (e instanceof VariableDeclarationExpr v) {
      return new Expression.LocalVars(Syntax.copyAll(v.getVariables(), SyntaxCopier::variable), at);
    }
    return other(e, at);
  }

  private static Expression literal(com.github.javaparser.ast.expr.Expression e, Pos at) {
    if (e instanceof StringLiteralExpr s) {
      return new Expression.Literal(Expression.LiteralKind.STRING, s.asString(), at);
    }
    if (e instanceof TextBlockLiteralExpr t) {
      return new Expression.Literal(Expression.LiteralKind.STRING, t.asString(), at);
    }
    if (e instanceof NullLiteralExpr) {
      return new Expression.Literal(Expression.LiteralKind.NULL, null, at);
    }
    if (e instanceof BooleanLiteralExpr b) {
      return new Expression.Literal(Expression.LiteralKind.BOOLEAN, String.valueOf(b.getValue()), at);
    }
    if (e instanceof CharLiteralExpr c) {
      return new Expression.Literal(Expression.LiteralKind.CHAR, c.getValue(), at);
    }
    return new Expression.Literal(Expression.LiteralKind.NUMBER, ((LiteralStringValueExpr) e).getValue(), at);
  }

  private static Expression other(com.github.javaparser.ast.expr.Expression e, Pos at) {
    if (e instanceof SuperExpr) {
      return new Expression.Other(Expression.OtherKind.SUPER, List.of(), at);
    }
    if (e instanceof ClassExpr) {
      return new Expression.Other(Expression.OtherKind.CLASS_LITERAL, List.of(), at);
    }
    if (e instanceof ArrayCreationExpr a) {
      List<Expression> parts = new ArrayList<>();
      a.getLevels().forEach(l -> l.getDimension().ifPresent(d -> parts.add(expression(d))));
      a.getInitializer().ifPresent(i -> parts.add(expression(i)));
      return new Expression.Other(Expression.OtherKind.ARRAY_CREATION, parts, at);
    }
    if (e instanceof ArrayInitializerExpr a) {
      return new Expression.Other(Expression.OtherKind.ARRAY_INITIALIZER, expressions(a.getValues()), at);
    }
    return new Expression.Other(Expression.OtherKind.UNNAMED, List.of(), at);
  }
}
