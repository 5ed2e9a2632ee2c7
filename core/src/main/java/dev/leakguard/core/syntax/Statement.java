package dev.leakguard.core.syntax;

import java.util.List;

/** A statement. Optional parts are null when absent. */
public sealed interface Statement extends Syntax {

  record Block(List<Statement> statements) implements Statement {
    public Block {
      statements = List.copyOf(statements);
    }
  }

  /** An expression statement, a local variable declaration ({@link Expression.LocalVars}) included. */
  record ExpressionStmt(Expression expression) implements Statement {}

  record If(Expression condition, Statement then, Statement otherwise) implements Statement {}

  record While(Expression condition, Statement body) implements Statement {}

  record Do(Statement body, Expression condition) implements Statement {}

  record For(List<Expression> init, Expression condition, List<Expression> update, Statement body)
      implements Statement {
    public For {
      init = List.copyOf(init);
      update = List.copyOf(update);
    }
  }

  record ForEach(Expression.LocalVars variable, Expression iterable, Statement body) implements Statement {}

  /** {@code resources}: declarations ({@link Expression.LocalVars}) or expressions. */
  record Try(List<Expression> resources, Block block, List<Catch> catches, Block finallyBlock) implements Statement {
    public Try {
      resources = List.copyOf(resources);
      catches = List.copyOf(catches);
    }
  }

  record Catch(Param param, Block body) implements Syntax {}

  record Switch(Expression selector, List<SwitchCase> cases) implements Statement {
    public Switch {
      cases = List.copyOf(cases);
    }
  }

  /**
   * One arm of a switch statement or expression: its labels (none for {@code default}), its
   * guard ({@code when}), its statements ({@code case X -> e;} is one expression statement).
   */
  record SwitchCase(List<Expression> labels, Expression guard, List<Statement> body) implements Syntax {
    public SwitchCase {
      labels = List.copyOf(labels);
      body = List.copyOf(body);
    }
  }

  record Return(Expression value) implements Statement {}

  record Throw(Expression value) implements Statement {}

  record Yield(Expression value) implements Statement {}

  record Synchronized(Expression lock, Block body) implements Statement {}

  record Assert(Expression check, Expression message) implements Statement {}

  record Labeled(String label, Statement body) implements Statement {}

  /** A class, interface, enum or record declared in a block. */
  record LocalType(Declaration.TypeDecl type) implements Statement {}

  /**
   * {@code this(..)} ({@code delegates}: another constructor of the same class) or {@code super(..)}
   * in a constructor ({@code outer.super(..)}: {@code qualifier}).
   */
  record ConstructorCall(boolean delegates, Expression qualifier, List<Expression> args) implements Statement {
    public ConstructorCall {
      args = List.copyOf(args);
    }
  }

  /** {@code break}, {@code continue}, an empty statement. */
  record Jump() implements Statement {}
}
