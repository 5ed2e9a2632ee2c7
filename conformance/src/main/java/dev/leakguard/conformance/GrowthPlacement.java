package dev.leakguard.conformance;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the growth statements live: in a public method's body, in a lambda passed to a call, in a
 * lambda stored in a field, in an anonymous class or in a local class. Each of them runs at run
 * time, on every call, so none changes the verdict.
 */
enum GrowthPlacement {
  METHOD_BODY("", "in a public method's body"),
  LAMBDA_ARGUMENT("InLambdaArgument", "in a lambda passed to a call"),
  LAMBDA_IN_FIELD("InLambdaField", "in a lambda stored in a field"),
  ANONYMOUS_CLASS("InAnonymousClass", "in an anonymous class"),
  LOCAL_CLASS("InLocalClass", "in a local class");

  private static final String INDENT = "  ";

  private final String nameSuffix;
  private final String description;

  GrowthPlacement(String nameSuffix, String description) {
    this.nameSuffix = nameSuffix;
    this.description = description;
  }

  String nameSuffix() {
    return nameSuffix;
  }

  String description() {
    return description;
  }

  /** The class members that hold the growth statements, one line each, not indented. */
  List<String> members(BaseShape shape, List<String> statements) {
    List<String> lines = new ArrayList<>();
    if (this == LAMBDA_IN_FIELD) {
      String field = shape.singleton() ? "sink" : "SINK";
      lines.add("public " + shape.memberModifiers() + "final " + shape.functionalType() + " " + field + " = "
          + shape.lambdaParameters() + " -> {");
      lines.addAll(indented(statements, 1));
      lines.add("};");
      return lines;
    }
    lines.add("public " + shape.memberModifiers() + "synchronized void " + shape.growthMethod() + "("
        + shape.growthParameters() + ") {");
    lines.addAll(indented(body(statements), 1));
    lines.add("}");
    if (this == LAMBDA_ARGUMENT) {
      lines.add("");
      lines.add("private " + shape.memberModifiers() + "void run(Runnable task) {");
      lines.add(INDENT + "task.run();");
      lines.add("}");
    }
    return lines;
  }

  private List<String> body(List<String> statements) {
    List<String> lines = new ArrayList<>();
    switch (this) {
      case METHOD_BODY -> lines.addAll(statements);
      case LAMBDA_ARGUMENT -> {
        lines.add("run(() -> {");
        lines.addAll(indented(statements, 1));
        lines.add("});");
      }
      case ANONYMOUS_CLASS -> {
        lines.add("Runnable step = new Runnable() {");
        lines.add(INDENT + "@Override");
        lines.add(INDENT + "public void run() {");
        lines.addAll(indented(statements, 2));
        lines.add(INDENT + "}");
        lines.add("};");
        lines.add("step.run();");
      }
      case LOCAL_CLASS -> {
        lines.add("class Step {");
        lines.add(INDENT + "void apply() {");
        lines.addAll(indented(statements, 2));
        lines.add(INDENT + "}");
        lines.add("}");
        lines.add("new Step().apply();");
      }
      case LAMBDA_IN_FIELD -> throw new IllegalStateException("a field, not a method body");
    }
    return lines;
  }

  static List<String> indented(List<String> lines, int levels) {
    String prefix = INDENT.repeat(levels);
    return lines.stream().map(l -> l.isEmpty() ? l : prefix + l).toList();
  }
}
