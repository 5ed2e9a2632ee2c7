package dev.leakguard.core.model;

import java.util.List;

/**
 * The shape of an expression that may create a collection: enough for the catalog to tell a
 * {@code new HashMap<>()} from a {@code Caffeine.newBuilder().maximumSize(100).build()}.
 * Readers translate their AST into these; they do not classify.
 */
public sealed interface Expr extends java.io.Serializable {

  /**
   * {@code new T<args>(args) { body }}; {@code bodyMethods} is null without an anonymous body,
   * else the names of the methods the body declares; {@code initialValue} is what the body's
   * {@code initialValue()} returns when it only returns one expression (a thread-local's value),
   * else null.
   */
  record New(TypeRef type, List<Expr> args, List<String> bodyMethods, Expr initialValue) implements Expr {
    public New {
      args = List.copyOf(args);
      bodyMethods = bodyMethods == null ? null : List.copyOf(bodyMethods);
    }

    public New(TypeRef type, List<Expr> args, List<String> bodyMethods) {
      this(type, args, bodyMethods, null);
    }

    public boolean hasBody() {
      return bodyMethods != null;
    }
  }

  /**
   * A method call. {@code staticOwner} is the type of a static call ({@code Collections} in
   * {@code Collections.synchronizedMap(..)}, qualified when resolved), else null and
   * {@code receiver} is the expression it is called on (null for an unqualified call).
   */
  record Call(Expr receiver, String staticOwner, String method, List<Expr> args) implements Expr {
    public Call {
      args = List.copyOf(args);
    }
  }

  /** A literal; {@code value} is the string's content, the number's text, or null. */
  record Literal(LiteralKind kind, String value) implements Expr {}

  /** A name: a variable, a field or a constant, as written. */
  record Name(String text) implements Expr {}

  /**
   * One of several values: the branches of a conditional {@code c ? a : b} or the results of a
   * switch expression's arms.
   */
  record Choice(List<Expr> options) implements Expr {
    public Choice {
      options = List.copyOf(options);
    }
  }

  /** A local variable or parameter at the definition that reaches here ({@link LocalFact#id()}). */
  record Local(String id, String name) implements Expr {}

  /**
   * {@code a / b}, {@code a * b}, {@code a - b}, a shift or another bitwise operator; {@code bounding}
   * for {@code a % b} and {@code a & b}, whose value is no larger than an operand.
   */
  record Arithmetic(boolean bounding, Expr left, Expr right) implements Expr {}

  /** {@code a + b + ..}: a string concatenation or a sum, its operands in order (nested ones flattened). */
  record Plus(List<Expr> operands) implements Expr {
    public Plus {
      operands = List.copyOf(operands);
    }
  }

  /**
   * A function that makes {@code value} each time it is called: a constructor reference
   * ({@code HashMap::new}) or a lambda whose body is one expression ({@code () -> new HashMap<>()},
   * {@code k -> new ArrayList<>()}, or a block that only returns it).
   */
  record Made(Expr value) implements Expr {}

  /** Anything else (a cast of something unknown, an array, ...). */
  record Other(String text) implements Expr {}

  enum LiteralKind {
    STRING,
    NUMBER,
    BOOLEAN,
    NULL,
    OTHER
  }

  static Expr string(String value) {
    return new Literal(LiteralKind.STRING, value);
  }

  static Expr number(String value) {
    return new Literal(LiteralKind.NUMBER, value);
  }

  static Expr nullLiteral() {
    return new Literal(LiteralKind.NULL, null);
  }
}
