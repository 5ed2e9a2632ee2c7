package dev.leakguard.conformance;

import java.util.ArrayList;
import java.util.List;

/**
 * How the growth statement reaches the holder: directly, through a chain of local aliases,
 * through casts or parentheses, or through a private getter of some arity.
 */
record HolderAccess(Form form, int size) {
  /** The syntactic form; {@code size} is the alias chain's depth or the getter's arity. */
  enum Form { DIRECT, ALIASES, CAST, PARENTHESES, CAST_IN_PARENTHESES, GETTER }

  static final int MAX_ALIAS_DEPTH = 6;
  static final int MAX_GETTER_ARITY = 2;

  static HolderAccess direct() {
    return new HolderAccess(Form.DIRECT, 0);
  }

  static HolderAccess aliases(int depth) {
    if (depth < 1 || depth > MAX_ALIAS_DEPTH) {
      throw new IllegalArgumentException("alias depth " + depth + " is not in 1.." + MAX_ALIAS_DEPTH);
    }
    return new HolderAccess(Form.ALIASES, depth);
  }

  static HolderAccess wrapped(Form form) {
    if (form != Form.CAST && form != Form.PARENTHESES && form != Form.CAST_IN_PARENTHESES) {
      throw new IllegalArgumentException(form + " is not a wrapping");
    }
    return new HolderAccess(form, 0);
  }

  static HolderAccess getter(int arity) {
    if (arity < 0 || arity > MAX_GETTER_ARITY) {
      throw new IllegalArgumentException("getter arity " + arity + " is not in 0.." + MAX_GETTER_ARITY);
    }
    return new HolderAccess(Form.GETTER, arity);
  }

  /** The part of a class name that tells this access, e.g. {@code Aliases3} or {@code Getter2}. */
  String nameSuffix() {
    return switch (form) {
      case DIRECT -> "Direct";
      case ALIASES -> "Aliases" + size;
      case CAST -> "Cast";
      case PARENTHESES -> "Parentheses";
      case CAST_IN_PARENTHESES -> "CastInParentheses";
      case GETTER -> "Getter" + size;
    };
  }

  String description() {
    return switch (form) {
      case DIRECT -> "named directly";
      case ALIASES -> "reached through a chain of " + size + " local alias" + (size == 1 ? "" : "es");
      case CAST -> "wrapped in a cast";
      case PARENTHESES -> "wrapped in parentheses";
      case CAST_IN_PARENTHESES -> "wrapped in a cast of a parenthesised name";
      case GETTER -> "returned by a private getter with " + size + " parameter" + (size == 1 ? "" : "s");
    };
  }

  /** The statements of the growth: the aliases if any, then the growing call (the last line). */
  List<String> growthStatements(BaseShape shape) {
    List<String> lines = new ArrayList<>();
    String type = shape.holderType();
    String receiver = switch (form) {
      case DIRECT -> shape.holder();
      case ALIASES -> {
        String previous = shape.holder();
        for (int i = 1; i <= size; i++) {
          lines.add(type + " alias" + i + " = " + previous + ";");
          previous = "alias" + i;
        }
        yield previous;
      }
      case CAST -> "((" + type + ") " + shape.holder() + ")";
      case PARENTHESES -> "(" + shape.holder() + ")";
      case CAST_IN_PARENTHESES -> "((" + type + ") (" + shape.holder() + "))";
      case GETTER -> shape.getterName() + "(" + getterArguments() + ")";
    };
    lines.add(receiver + "." + shape.growthCall() + ";" + (shape.reported() ? " // growth" : ""));
    return lines;
  }

  /** The getter this access calls, or nothing. */
  List<String> members(BaseShape shape) {
    if (form != Form.GETTER) {
      return List.of();
    }
    return List.of(
        "private " + shape.memberModifiers() + shape.holderType() + " " + shape.getterName() + "(" + getterParameters()
            + ") {",
        "  return " + shape.holder() + ";",
        "}");
  }

  private String getterParameters() {
    return List.of("String reason", "int attempt").subList(0, size).stream().reduce((a, b) -> a + ", " + b).orElse("");
  }

  private String getterArguments() {
    return List.of("\"grow\"", "1").subList(0, size).stream().reduce((a, b) -> a + ", " + b).orElse("");
  }
}
