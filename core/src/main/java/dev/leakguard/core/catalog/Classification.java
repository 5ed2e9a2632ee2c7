package dev.leakguard.core.catalog;

/**
 * The catalog's answer for one value: the verdict, the container's shape, the type as messages
 * name it ({@code HashMap}, {@code Caffeine cache}) and a one-line reason for the explanation.
 */
public record Classification(Verdict verdict, Shape shape, String typeName, String reason) {
  public static final Classification UNKNOWN =
      new Classification(Verdict.UNKNOWN, Shape.COLLECTION, "?", "not a collection leakguard knows");

  public Classification withVerdict(Verdict v, String why) {
    return new Classification(v, shape, typeName, why);
  }
}
