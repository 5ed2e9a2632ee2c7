package dev.leakguard.pmd;

import dev.leakguard.core.syntax.Expression;
import dev.leakguard.core.syntax.Param;
import dev.leakguard.core.syntax.Pos;
import dev.leakguard.core.syntax.Statement;
import dev.leakguard.core.syntax.Syntax;
import dev.leakguard.core.syntax.TypeNode;
import dev.leakguard.core.syntax.VarDecl;
import java.util.ArrayList;
import java.util.List;
import net.sourceforge.pmd.lang.java.ast.*;

/**
 * Copies PMD's statements and expressions into core's syntax tree (for {@link PmdSyntaxCopier}).
 * PMD names what a name denotes (a variable, a field, a type); the copy keeps the names as
 * written, as the other engines give them, and core's walk resolves them.
 */
final class PmdCodeCopier {
  private final PmdSyntaxCopier declarations;

  PmdCodeCopier(PmdSyntaxCopier declarations) {
    this.declarations = declarations;
  }

  // ---------------------------------------------------------------- statements

  Statement.Block block(ASTBlock b) {
    return new Statement.Block(Syntax.copyAll(b, this::statement));
  }

  private Statement statement(ASTStatement s) {
    if (s == null) {
      return null;
    }
    if (s instanceof ASTBlock b) {
      return block(b);
    }
    if (s instanceof ASTExpressionStatement e) {
      return new Statement.ExpressionStmt(expression(e.getExpr()));
    }
    if (s instanceof ASTLocalVariableDeclaration d) {
      return new Statement.ExpressionStmt(localVars(d));
    }
    if (s instanceof ASTIfStatement i) {
      return new Statement.If(expression(i.getCondition()), statement(i.getThenBranch()), statement(i.getElseBranch()));
    }
    if (s instanceof ASTWhileStatement w) {
      return new Statement.While(expression(w.getCondition()), statement(w.getBody()));
    }
    if (s instanceof ASTDoStatement d) {
      return new Statement.Do(statement(d.getBody()), expression(d.getCondition()));
    }
    if (s instanceof ASTForStatement f) {
      List<Expression> init = new ArrayList<>();
      ASTStatement i = f.getInit();
      if (i instanceof ASTLocalVariableDeclaration d) {
        init.add(localVars(d));
      } else if (i instanceof ASTStatementExpressionList list) {
        list.toStream().forEach(e -> init.add(expression((ASTExpression) e)));
      }
      List<Expression> update = f.getUpdate() == null ? List.of()
          : Syntax.copyAll(f.getUpdate().toList(), e -> expression((ASTExpression) e));
      return new Statement.For(init, expression(f.getCondition()), update, statement(f.getBody()));
    }
    if (s instanceof ASTForeachStatement f) {
      ASTLocalVariableDeclaration variable = f.firstChild(ASTLocalVariableDeclaration.class);
      return new Statement.ForEach(localVars(variable), expression(f.getIterableExpr()), statement(f.getBody()));
    }
    if (s instanceof ASTTryStatement t) {
      List<Expression> resources = t.getResources() == null ? List.of() : Syntax.copyAll(t.getResources(), r -> {
        ASTLocalVariableDeclaration d = r.asLocalVariableDeclaration();
        return d != null && !r.isConciseResource() ? localVars(d) : expression(r.getInitializer());
      });
      List<Statement.Catch> catches = Syntax.copyAll(t.getCatchClauses(), c -> new Statement.Catch(
          declarations.param(c.getParameter().getVarId(), c.getParameter().getTypeNode()), block(c.getBody())));
      return new Statement.Try(resources, block(t.getBody()), catches,
          t.getFinallyClause() == null ? null : block(t.getFinallyClause().getBody()));
    }
    if (s instanceof ASTSwitchStatement sw) {
      return new Statement.Switch(expression(sw.getTestedExpression()), cases(sw));
    }
    if (s instanceof ASTReturnStatement r) {
      return new Statement.Return(expression(r.getExpr()));
    }
    if (s instanceof ASTThrowStatement t) {
      return new Statement.Throw(expression(t.getExpr()));
    }
    if (s instanceof ASTYieldStatement y) {
      return new Statement.Yield(expression(y.getExpr()));
    }
    if (s instanceof ASTSynchronizedStatement sy) {
      return new Statement.Synchronized(expression(sy.getLockExpression()), block(sy.getBody()));
    }
    if (s instanceof ASTAssertStatement a) {
      return new Statement.Assert(expression(a.getCondition()), expression(a.getDetailMessageNode()));
    }
    if (s instanceof ASTLabeledStatement l) {
      return new Statement.Labeled(l.getLabel(), statement(l.getStatement()));
    }
    if (s instanceof ASTLocalClassStatement l) {
      return new Statement.LocalType(declarations.type(l.getDeclaration()));
    }
    if (s instanceof ASTExplicitConstructorInvocation c) {
      return new Statement.ConstructorCall(c.isThis(), expression(c.getQualifier()), expressions(c.getArguments().toList()));
    }
    return new Statement.Jump();
  }

  private Expression.LocalVars localVars(ASTLocalVariableDeclaration d) {
    List<VarDecl> vars = Syntax.copyAll(d.children(ASTVariableDeclarator.class), v -> new VarDecl(v.getName(),
        declarations.pos(v.getVarId()), declarations.declaredType(v.getVarId(), d.getTypeNode()), expression(v.getInitializer())));
    return new Expression.LocalVars(vars, declarations.pos(d));
  }

  private List<Statement.SwitchCase> cases(ASTSwitchLike sw) {
    return Syntax.copyAll(sw.getBranches(), branch -> {
      ASTSwitchLabel label = branch.getLabel();
      List<Expression> labels = label.isDefault() ? List.of() : expressions(label.getExprList().toList());
      Expression guard = label.getGuard() == null ? null : expression(label.getGuard().getGuard());
      List<Statement> body = List.of();
      if (branch instanceof ASTSwitchArrowBranch arrow) {
        ASTSwitchArrowRHS rhs = arrow.getRightHandSide();
        body = List.of(rhs instanceof ASTExpression e ? new Statement.ExpressionStmt(expression(e)) : statement((ASTStatement) rhs));
      } else if (branch instanceof ASTSwitchFallthroughBranch fall) {
        body = Syntax.copyAll(fall.getStatements(), this::statement);
      }
      return new Statement.SwitchCase(labels, guard, body);
    });
  }

  // ---------------------------------------------------------------- expressions

  List<Expression> expressions(List<? extends ASTExpression> list) {
    return Syntax.copyAll(list, this::expression);
  }

  /** An expression, in as many parentheses as it is written in. */
  Expression expression(ASTExpression e) {
    if (e == null) {
      return null;
    }
    Pos at = declarations.pos(e);
    Expression x = bare(e, at);
    for (int i = 0; i < e.getParenthesisDepth(); i++) {
      x = new Expression.Parens(x, at);
    }
    return x;
  }

  private Expression bare(ASTExpression e, Pos at) {
    if (e instanceof ASTVariableAccess v) {
      return new Expression.Name(v.getName(), at);
    }
    if (e instanceof ASTFieldAccess fa) {
      return new Expression.FieldAccess(expression(fa.getQualifier()), fa.getName(), at);
    }
    if (e instanceof ASTAmbiguousName a) {
      return nameChain(a.getName(), at);
    }
    if (e instanceof ASTTypeExpression t) {
      // A type PMD resolved is a hint; an unresolved one stays the name it is written as.
      TypeNode type = declarations.type(t.getTypeNode());
      return type.kind() == TypeNode.Kind.CLASS && type.resolved() == null ? nameChain(type.name(), at)
          : new Expression.TypeName(type, at);
    }
    if (e instanceof ASTThisExpression t) {
      return new Expression.This(t.getQualifier() == null ? null : t.getQualifier().getSimpleName(), at);
    }
    if (e instanceof ASTSuperExpression) {
      return new Expression.Other(Expression.OtherKind.SUPER, List.of(), at);
    }
    if (e instanceof ASTMethodCall call) {
      return new Expression.Call(expression(call.getQualifier()), call.getMethodName(),
          expressions(call.getArguments().toList()), at);
    }
    if (e instanceof ASTConstructorCall c) {
      ASTAnonymousClassDeclaration anon = c.getAnonymousClassDeclaration();
      return new Expression.New(expression(c.getQualifier()), declarations.type(c.getTypeNode()),
          expressions(c.getArguments().toList()), anon == null ? null : declarations.members(anon), at);
    }
    if (e instanceof ASTLambdaExpression l) {
      List<Param> params = Syntax.copyAll(l.getParameters(), p -> declarations.param(p.getVarId(), p.getTypeNode()));
      return new Expression.Lambda(params, l.isExpressionBody()
          ? new Statement.ExpressionStmt(expression(l.getExpressionBody())) : block(l.getBlockBody()), at);
    }
    if (e instanceof ASTMethodReference r) {
      ASTExpression q = r.getQualifier();
      Expression qualifier = q == null || readsAsType(q)
          ? new Expression.TypeName(TypeNode.classType(text(r.getLhs()), List.of(), text(r.getLhs())), at)
          : expression(q);
      return new Expression.MethodRef(qualifier, r.getMethodName(), at);
    }
    if (e instanceof ASTAssignmentExpression a) {
      return new Expression.Assign(expression(a.getLeftOperand()), a.getOperator().isCompound(),
          expression(a.getRightOperand()), at);
    }
    if (e instanceof ASTInfixExpression i) {
      if (i.getOperator() == BinaryOp.INSTANCEOF) {
        ASTExpression right = i.getRightOperand();
        if (right instanceof ASTPatternExpression p) {
          return new Expression.InstanceOf(expression(i.getLeftOperand()), TypeNode.other(TypeNode.Kind.OTHER, ""),
              pattern(p.getPattern(), declarations.pos(p)), at);
        }
        ASTType type = right instanceof ASTTypeExpression t ? t.getTypeNode() : null;
        return new Expression.InstanceOf(expression(i.getLeftOperand()), declarations.type(type), null, at);
      }
      return new Expression.Binary(Expression.BinaryOp.ofToken(i.getOperator().getToken()), expression(i.getLeftOperand()),
          expression(i.getRightOperand()), at);
    }
    if (e instanceof ASTUnaryExpression u) {
      return new Expression.Unary(Expression.UnaryOp.ofToken(u.getOperator().getToken()), expression(u.getOperand()), at);
    }
    if (e instanceof ASTConditionalExpression c) {
      return new Expression.Conditional(expression(c.getCondition()), expression(c.getThenBranch()),
          expression(c.getElseBranch()), at);
    }
    if (e instanceof ASTCastExpression c) {
      return new Expression.Cast(declarations.type(c.getCastType()), expression(c.getOperand()), at);
    }
    if (e instanceof ASTLiteral) {
      return literal(e, at);
    }
    if (e instanceof ASTSwitchExpression sw) {
      return new Expression.SwitchExpr(expression(sw.getTestedExpression()), cases(sw), at);
    }
    if (e instanceof ASTArrayAccess a) {
      return new Expression.ArrayAccess(expression(a.getQualifier()), expression(a.getIndexExpression()), at);
    }
    if (e instanceof ASTPatternExpression p) {
      return pattern(p.getPattern(), at);
    }
    if (e instanceof ASTClassLiteral) {
      return new Expression.Other(Expression.OtherKind.CLASS_LITERAL, List.of(), at);
    }
    if (e instanceof ASTArrayInitializer a) {
      return new Expression.Other(Expression.OtherKind.ARRAY_INITIALIZER, Syntax.copyAll(a, this::expression), at);
    }
    if (e instanceof ASTArrayAllocation a) {
      List<Expression> parts = new ArrayList<>();
      a.descendants(ASTArrayDimExpr.class).forEach(d -> parts.add(expression(d.getLengthExpression())));
      if (a.getArrayInitializer() != null) {
        parts.add(expression(a.getArrayInitializer()));
      }
      return new Expression.Other(Expression.OtherKind.ARRAY_CREATION, parts, at);
    }
    return new Expression.Other(Expression.OtherKind.UNNAMED, List.of(), at);
  }

  private Expression pattern(ASTPattern p, Pos at) {
    if (p instanceof ASTTypePattern t) {
      return new Expression.TypePattern(declarations.type(t.getTypeNode()), t.getVarId().getName(),
          declarations.pos(t.getVarId()), at);
    }
    if (p instanceof ASTRecordPattern r) {
      List<Expression> components = Syntax.copyAll(r.getComponentPatterns(), c -> pattern(c, declarations.pos(c)));
      return new Expression.RecordPattern(declarations.type(r.getTypeNode()), components, at);
    }
    return new Expression.Other(Expression.OtherKind.UNNAMED, List.of(), at);
  }

  /** {@code SEEN}, {@code a.b.C}, a type: a method reference's qualifier that reads like a type. */
  private static boolean readsAsType(ASTExpression q) {
    if (q.isParenthesized()) {
      return false;
    }
    return q instanceof ASTTypeExpression || q instanceof ASTAmbiguousName || q instanceof ASTVariableAccess
        || q instanceof ASTFieldAccess fa && readsAsType(fa.getQualifier());
  }

  private static String text(JavaNode n) {
    return n.getText().toString();
  }

  /** {@code a.b.c} as written: a name and the field accesses on it. */
  private static Expression nameChain(String dotted, Pos at) {
    String[] parts = dotted.split("\\.");
    Expression x = new Expression.Name(parts[0], at);
    for (int i = 1; i < parts.length; i++) {
      x = new Expression.FieldAccess(x, parts[i], at);
    }
    return x;
  }

  private static Expression literal(ASTExpression e, Pos at) {
    if (e instanceof ASTStringLiteral s) {
      return new Expression.Literal(Expression.LiteralKind.STRING, s.getConstValue(), at);
    }
    if (e instanceof ASTNullLiteral) {
      return new Expression.Literal(Expression.LiteralKind.NULL, null, at);
    }
    if (e instanceof ASTBooleanLiteral b) {
      return new Expression.Literal(Expression.LiteralKind.BOOLEAN, String.valueOf(b.isTrue()), at);
    }
    if (e instanceof ASTCharLiteral c) {
      return new Expression.Literal(Expression.LiteralKind.CHAR, c.getLiteralText().toString(), at);
    }
    return new Expression.Literal(Expression.LiteralKind.NUMBER, e.getText().toString(), at);
  }
}
