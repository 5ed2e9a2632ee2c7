package dev.leakguard.errorprone;

import com.sun.source.tree.*;
import com.sun.tools.javac.tree.JCTree.JCVariableDecl;
import dev.leakguard.core.syntax.Expression;
import dev.leakguard.core.syntax.Param;
import dev.leakguard.core.syntax.Pos;
import dev.leakguard.core.syntax.Statement;
import dev.leakguard.core.syntax.Syntax;
import dev.leakguard.core.syntax.TypeNode;
import java.util.ArrayList;
import java.util.List;

/** Copies javac's statements and expressions into core's syntax tree (for {@link JavacSyntaxCopier}). */
final class JavacCodeCopier {
  private final JavacSyntaxCopier declarations;
  private final SourceText source;

  JavacCodeCopier(JavacSyntaxCopier declarations, SourceText source) {
    this.declarations = declarations;
    this.source = source;
  }

  // ---------------------------------------------------------------- statements

  Statement.Block block(BlockTree b) {
    return new Statement.Block(Syntax.copyAll(b.getStatements(), this::statement));
  }

  private Statement statement(StatementTree s) {
    if (s == null) {
      return null;
    }
    if (s instanceof BlockTree b) {
      return block(b);
    }
    if (s instanceof ExpressionStatementTree e) {
      Statement.ConstructorCall call = constructorCall(e.getExpression());
      return call != null ? call : new Statement.ExpressionStmt(expression(e.getExpression()));
    }
    if (s instanceof JCVariableDecl v) {
      return new Statement.ExpressionStmt(localVars(v));
    }
    if (s instanceof IfTree i) {
      return new Statement.If(condition(i.getCondition()), statement(i.getThenStatement()),
          statement(i.getElseStatement()));
    }
    if (s instanceof WhileLoopTree w) {
      return new Statement.While(condition(w.getCondition()), statement(w.getStatement()));
    }
    if (s instanceof DoWhileLoopTree d) {
      return new Statement.Do(statement(d.getStatement()), condition(d.getCondition()));
    }
    if (s instanceof ForLoopTree f) {
      List<Expression> init = Syntax.copyAll(f.getInitializer(),
          i -> i instanceof JCVariableDecl v ? localVars(v) : expression(((ExpressionStatementTree) i).getExpression()));
      List<Expression> update = Syntax.copyAll(f.getUpdate(), u -> expression(u.getExpression()));
      return new Statement.For(init, expression(f.getCondition()), update, statement(f.getStatement()));
    }
    if (s instanceof EnhancedForLoopTree f) {
      return new Statement.ForEach(localVars((JCVariableDecl) f.getVariable()), expression(f.getExpression()),
          statement(f.getStatement()));
    }
    if (s instanceof TryTree t) {
      List<Expression> resources = Syntax.copyAll(t.getResources(),
          r -> r instanceof JCVariableDecl v ? localVars(v) : expression((ExpressionTree) r));
      List<Statement.Catch> catches = Syntax.copyAll(t.getCatches(),
          c -> new Statement.Catch(declarations.param((JCVariableDecl) c.getParameter()), block(c.getBlock())));
      return new Statement.Try(resources, block(t.getBlock()), catches,
          t.getFinallyBlock() == null ? null : block(t.getFinallyBlock()));
    }
    if (s instanceof SwitchTree sw) {
      return new Statement.Switch(condition(sw.getExpression()), cases(sw.getCases()));
    }
    if (s instanceof ReturnTree r) {
      return new Statement.Return(expression(r.getExpression()));
    }
    if (s instanceof ThrowTree t) {
      return new Statement.Throw(expression(t.getExpression()));
    }
    if (s instanceof YieldTree y) {
      return new Statement.Yield(expression(y.getValue()));
    }
    if (s instanceof SynchronizedTree sy) {
      return new Statement.Synchronized(condition(sy.getExpression()), block(sy.getBlock()));
    }
    if (s instanceof AssertTree a) {
      return new Statement.Assert(expression(a.getCondition()), expression(a.getDetail()));
    }
    if (s instanceof LabeledStatementTree l) {
      return new Statement.Labeled(l.getLabel().toString(), statement(l.getStatement()));
    }
    if (s instanceof ClassTree c) {
      return new Statement.LocalType(declarations.type(c));
    }
    return new Statement.Jump();
  }

  /** {@code this(..)} or {@code super(..)}, or null. */
  private Statement.ConstructorCall constructorCall(ExpressionTree e) {
    if (!(e instanceof MethodInvocationTree call)) {
      return null;
    }
    ExpressionTree select = call.getMethodSelect();
    if (select instanceof IdentifierTree id && (id.getName().contentEquals("this") || id.getName().contentEquals("super"))) {
      return new Statement.ConstructorCall(id.getName().contentEquals("this"), null, expressions(call.getArguments()));
    }
    if (select instanceof MemberSelectTree ms && ms.getIdentifier().contentEquals("super")) {
      return new Statement.ConstructorCall(false, expression(ms.getExpression()), expressions(call.getArguments()));
    }
    return null;
  }

  /** A condition as written, without the parentheses javac keeps around it. */
  private Expression condition(ExpressionTree e) {
    return expression(e instanceof ParenthesizedTree p ? p.getExpression() : e);
  }

  private Expression.LocalVars localVars(JCVariableDecl v) {
    return new Expression.LocalVars(List.of(declarations.variable(v)), source.pos(v));
  }

  private List<Statement.SwitchCase> cases(List<? extends CaseTree> cases) {
    return Syntax.copyAll(cases, c -> {
      Tree b = c.getBody();
      List<Statement> body = c.getCaseKind() != CaseTree.CaseKind.RULE ? Syntax.copyAll(c.getStatements(), this::statement)
          : List.of(b instanceof ExpressionTree e ? new Statement.ExpressionStmt(expression(e)) : statement((StatementTree) b));
      return new Statement.SwitchCase(expressions(c.getExpressions()), null, body);
    });
  }

  // ---------------------------------------------------------------- expressions

  List<Expression> expressions(List<? extends ExpressionTree> list) {
    return Syntax.copyAll(list, this::expression);
  }

  Expression expression(ExpressionTree e) {
    if (e == null) {
      return null;
    }
    Pos at = source.pos(e);
    if (e instanceof IdentifierTree id) {
      String name = id.getName().toString();
      return switch (name) {
        case "this" -> new Expression.This(null, at);
        case "super" -> new Expression.Other(Expression.OtherKind.SUPER, List.of(), at);
        default -> new Expression.Name(name, at);
      };
    }
    if (e instanceof MemberSelectTree ms) {
      String name = ms.getIdentifier().toString();
      return switch (name) {
        case "this" -> new Expression.This(simpleName(ms.getExpression()), at);
        case "class" -> new Expression.Other(Expression.OtherKind.CLASS_LITERAL, List.of(), at);
        case "super" -> new Expression.Other(Expression.OtherKind.SUPER, List.of(), at);
        default -> new Expression.FieldAccess(expression(ms.getExpression()), name, at);
      };
    }
    if (e instanceof MethodInvocationTree call) {
      ExpressionTree select = call.getMethodSelect();
      if (select instanceof MemberSelectTree ms) {
        return new Expression.Call(expression(ms.getExpression()), ms.getIdentifier().toString(),
            expressions(call.getArguments()), at);
      }
      return new Expression.Call(null, ((IdentifierTree) select).getName().toString(), expressions(call.getArguments()), at);
    }
    if (e instanceof NewClassTree n) {
      return new Expression.New(expression(n.getEnclosingExpression()), declarations.type(n.getIdentifier()),
          expressions(n.getArguments()), n.getClassBody() == null ? null : declarations.members(n.getClassBody()), at);
    }
    if (e instanceof LambdaExpressionTree l) {
      List<Param> params = Syntax.copyAll(l.getParameters(), p -> declarations.param((JCVariableDecl) p));
      Tree body = l.getBody();
      return new Expression.Lambda(params, body instanceof ExpressionTree x ? new Statement.ExpressionStmt(expression(x))
          : block((BlockTree) body), at);
    }
    if (e instanceof MemberReferenceTree r) {
      String name = r.getName().contentEquals("<init>") ? "new" : r.getName().toString();
      ExpressionTree q = r.getQualifierExpression();
      boolean readsAsType = isNameChain(q) || q instanceof ParameterizedTypeTree || q instanceof ArrayTypeTree
          || q instanceof PrimitiveTypeTree;
      Expression qualifier = readsAsType ? new Expression.TypeName(typeOf(q), source.pos(q)) : expression(q);
      return new Expression.MethodRef(qualifier, name, at);
    }
    if (e instanceof AssignmentTree a) {
      return new Expression.Assign(expression(a.getVariable()), false, expression(a.getExpression()), at);
    }
    if (e instanceof CompoundAssignmentTree a) {
      return new Expression.Assign(expression(a.getVariable()), true, expression(a.getExpression()), at);
    }
    if (e instanceof BinaryTree b) {
      return new Expression.Binary(binary(b.getKind()), expression(b.getLeftOperand()), expression(b.getRightOperand()), at);
    }
    if (e instanceof UnaryTree u) {
      return new Expression.Unary(unary(u.getKind()), expression(u.getExpression()), at);
    }
    if (e instanceof ConditionalExpressionTree c) {
      return new Expression.Conditional(expression(c.getCondition()), expression(c.getTrueExpression()),
          expression(c.getFalseExpression()), at);
    }
    if (e instanceof TypeCastTree c) {
      return new Expression.Cast(declarations.type(c.getType()), expression(c.getExpression()), at);
    }
    if (e instanceof ParenthesizedTree p) {
      return new Expression.Parens(expression(p.getExpression()), at);
    }
    if (e instanceof LiteralTree lit) {
      return literal(lit, at);
    }
    if (e instanceof InstanceOfTree i) {
      Tree pattern = i.getPattern();
      Expression p = pattern instanceof BindingPatternTree b ? binding(b) : null;
      return new Expression.InstanceOf(expression(i.getExpression()), declarations.type(i.getType()), p, at);
    }
    if (e instanceof SwitchExpressionTree sw) {
      return new Expression.SwitchExpr(condition(sw.getExpression()), cases(sw.getCases()), at);
    }
    if (e instanceof ArrayAccessTree a) {
      return new Expression.ArrayAccess(expression(a.getExpression()), expression(a.getIndex()), at);
    }
    if (e instanceof NewArrayTree a) {
      if (a.getType() == null) {
        return new Expression.Other(Expression.OtherKind.ARRAY_INITIALIZER, expressions(a.getInitializers()), at);
      }
      List<Expression> parts = new ArrayList<>(expressions(a.getDimensions()));
      if (a.getInitializers() != null) {
        parts.add(new Expression.Other(Expression.OtherKind.ARRAY_INITIALIZER, expressions(a.getInitializers()), at));
      }
      return new Expression.Other(Expression.OtherKind.ARRAY_CREATION, parts, at);
    }
    return new Expression.Other(Expression.OtherKind.UNNAMED, List.of(), at);
  }

  private Expression binding(BindingPatternTree b) {
    JCVariableDecl v = (JCVariableDecl) b.getVariable();
    return new Expression.TypePattern(declarations.type(v.getType()), v.getName().toString(), source.pos(v.pos),
        source.pos(b));
  }

  /** {@code SEEN}, {@code a.b.C}: a name as a method reference's qualifier reads like a type. */
  private static boolean isNameChain(ExpressionTree e) {
    if (e instanceof IdentifierTree id) {
      return !id.getName().contentEquals("this") && !id.getName().contentEquals("super");
    }
    return e instanceof MemberSelectTree ms && isNameChain(ms.getExpression());
  }

  private TypeNode typeOf(ExpressionTree qualifier) {
    String text = source.text(qualifier);
    return TypeNode.classType(text, List.of(), text);
  }

  private static String simpleName(ExpressionTree qualifier) {
    String text = qualifier.toString();
    return text.substring(text.lastIndexOf('.') + 1);
  }

  private static Expression literal(LiteralTree lit, Pos at) {
    Object v = lit.getValue();
    return switch (lit.getKind()) {
      case STRING_LITERAL -> new Expression.Literal(Expression.LiteralKind.STRING, (String) v, at);
      case NULL_LITERAL -> new Expression.Literal(Expression.LiteralKind.NULL, null, at);
      case BOOLEAN_LITERAL -> new Expression.Literal(Expression.LiteralKind.BOOLEAN, String.valueOf(v), at);
      case CHAR_LITERAL -> new Expression.Literal(Expression.LiteralKind.CHAR, String.valueOf(v), at);
      default -> new Expression.Literal(Expression.LiteralKind.NUMBER, String.valueOf(v), at);
    };
  }

  private static Expression.BinaryOp binary(Tree.Kind kind) {
    return switch (kind) {
      case CONDITIONAL_AND -> Expression.BinaryOp.AND;
      case CONDITIONAL_OR -> Expression.BinaryOp.OR;
      case EQUAL_TO -> Expression.BinaryOp.EQUALS;
      case NOT_EQUAL_TO -> Expression.BinaryOp.NOT_EQUALS;
      case LESS_THAN -> Expression.BinaryOp.LESS;
      case LESS_THAN_EQUAL -> Expression.BinaryOp.LESS_EQUALS;
      case GREATER_THAN -> Expression.BinaryOp.GREATER;
      case GREATER_THAN_EQUAL -> Expression.BinaryOp.GREATER_EQUALS;
      case PLUS -> Expression.BinaryOp.PLUS;
      case REMAINDER -> Expression.BinaryOp.REMAINDER;
      case AND -> Expression.BinaryOp.BITWISE_AND;
      default -> Expression.BinaryOp.ARITHMETIC;
    };
  }

  private static Expression.UnaryOp unary(Tree.Kind kind) {
    return switch (kind) {
      case LOGICAL_COMPLEMENT -> Expression.UnaryOp.NOT;
      case UNARY_PLUS, UNARY_MINUS, BITWISE_COMPLEMENT -> Expression.UnaryOp.SIGN;
      default -> Expression.UnaryOp.STEP;
    };
  }
}
