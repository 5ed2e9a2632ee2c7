package dev.leakguard.core.syntax;

import java.util.List;

/** An expression, with where it begins. Optional parts are null when absent. */
public sealed interface Expression extends Syntax {
  Pos pos();

  /** A simple name: a variable, a field, or the first segment of a type or package. */
  record Name(String name, Pos pos) implements Expression {}

  /** {@code scope.name}: a field, or a segment of a qualified type or package name. */
  record FieldAccess(Expression scope, String name, Pos pos) implements Expression {}

  /** {@code this}, or {@code Outer.this} with {@code qualifier} the simple name {@code Outer}. */
  record This(String qualifier, Pos pos) implements Expression {}

  /**
   * A type in an expression's place: a method reference's qualifier ({@code String::valueOf};
   * {@code SEEN} in {@code SEEN::add} reads the same), or the receiver of a static call or field
   * when the engine resolved the name to a type ({@code Objects.requireNonNull(..)}).
   */
  record TypeName(TypeNode type, Pos pos) implements Expression {}

  /** {@code scope.name(args)}; {@code scope} is null for an unqualified call. */
  record Call(Expression scope, String name, List<Expression> args, Pos pos) implements Expression {
    public Call {
      args = List.copyOf(args);
    }
  }

  /** {@code scope.new T(args) { body }}: {@code body} is null without an anonymous class body. */
  record New(Expression scope, TypeNode type, List<Expression> args, List<Declaration> body, Pos pos)
      implements Expression {
    public New {
      args = List.copyOf(args);
      body = body == null ? null : List.copyOf(body);
    }
  }

  /** A lambda; an expression body is an {@link Statement.ExpressionStmt}. */
  record Lambda(List<Param> params, Statement body, Pos pos) implements Expression {
    public Lambda {
      params = List.copyOf(params);
    }
  }

  /** {@code scope::name} ({@code name} is {@code new} for a constructor reference). */
  record MethodRef(Expression scope, String name, Pos pos) implements Expression {}

  /** {@code target = value}, or a compound assignment ({@code +=}, ...). */
  record Assign(Expression target, boolean compound, Expression value, Pos pos) implements Expression {}

  record Binary(BinaryOp operator, Expression left, Expression right, Pos pos) implements Expression {}

  record Unary(UnaryOp operator, Expression operand, Pos pos) implements Expression {}

  record Conditional(Expression condition, Expression then, Expression otherwise, Pos pos) implements Expression {}

  record Cast(TypeNode type, Expression expression, Pos pos) implements Expression {}

  record Parens(Expression inner, Pos pos) implements Expression {}

  /** A literal: a string's (or text block's) content, a number's or character's text as written, or null. */
  record Literal(LiteralKind kind, String value, Pos pos) implements Expression {}

  /** {@code expression instanceof T}, or with a pattern ({@code pattern} non-null). */
  record InstanceOf(Expression expression, TypeNode type, Expression pattern, Pos pos) implements Expression {}

  /** {@code T name}: a type pattern (in {@code instanceof}, a case label or a record pattern). */
  record TypePattern(TypeNode type, String name, Pos namePos, Pos pos) implements Expression {}

  /** {@code T(p1, p2)}: a record pattern. */
  record RecordPattern(TypeNode type, List<Expression> components, Pos pos) implements Expression {
    public RecordPattern {
      components = List.copyOf(components);
    }
  }

  record SwitchExpr(Expression selector, List<Statement.SwitchCase> cases, Pos pos) implements Expression {
    public SwitchExpr {
      cases = List.copyOf(cases);
    }
  }

  record ArrayAccess(Expression array, Expression index, Pos pos) implements Expression {}

  /** A local variable declaration: in a block (as a statement), a for loop, a try's resources. */
  record LocalVars(List<VarDecl> variables, Pos pos) implements Expression {
    public LocalVars {
      variables = List.copyOf(variables);
    }
  }

  /** Anything else ({@code super}, {@code T.class}, array creation and initializers), with its parts. */
  record Other(OtherKind kind, List<Expression> parts, Pos pos) implements Expression {
    public Other {
      parts = List.copyOf(parts);
    }
  }

  enum BinaryOp {
    AND,
    OR,
    EQUALS,
    NOT_EQUALS,
    LESS,
    LESS_EQUALS,
    GREATER,
    GREATER_EQUALS,
    /** {@code +}: a sum, or a string concatenation. */
    PLUS,
    /** The other arithmetic, bitwise and shift operators, but for the two below. */
    ARITHMETIC,
    /** {@code %}: a remainder, smaller than its right operand. */
    REMAINDER,
    /** {@code &}: a mask (or a non-short-circuit and). */
    BITWISE_AND;

    public boolean isComparison() {
      return this != AND && this != OR && this != PLUS && this != ARITHMETIC && this != REMAINDER && this != BITWISE_AND;
    }

    /** The operator a Java token denotes ({@code &&}, {@code ==}, {@code <}, ...). */
    public static BinaryOp ofToken(String token) {
      return switch (token) {
        case "&&" -> AND;
        case "||" -> OR;
        case "==" -> EQUALS;
        case "!=" -> NOT_EQUALS;
        case "<" -> LESS;
        case "<=" -> LESS_EQUALS;
        case ">" -> GREATER;
        case ">=" -> GREATER_EQUALS;
        case "+" -> PLUS;
        case "%" -> REMAINDER;
        case "&" -> BITWISE_AND;
        default -> ARITHMETIC;
      };
    }
  }

  enum UnaryOp {
    NOT,
    /** {@code -x}, {@code +x}, {@code ~x}. */
    SIGN,
    /** {@code ++x}, {@code x--}, ... */
    STEP;

    /** The operator a Java token denotes ({@code !}, {@code -}, {@code ++}, ...). */
    public static UnaryOp ofToken(String token) {
      return token.equals("!") ? NOT : token.equals("++") || token.equals("--") ? STEP : SIGN;
    }
  }

  enum LiteralKind {
    STRING,
    NUMBER,
    CHAR,
    BOOLEAN,
    NULL
  }

  enum OtherKind {
    SUPER,
    CLASS_LITERAL,
    ARRAY_CREATION,
    ARRAY_INITIALIZER,
    /** A kind the tree does not name (a new language construct). */
    UNNAMED
  }
}
