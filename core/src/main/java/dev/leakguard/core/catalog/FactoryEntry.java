package dev.leakguard.core.catalog;

/**
 * A static factory: {@code owner.method(..)}. Either it yields a fixed verdict and shape, or it
 * wraps its first argument ({@code Collections.synchronizedMap(m)} is as bounded as {@code m}),
 * optionally changing the shape ({@code Collections.newSetFromMap} gives a set).
 *
 * @param method the method name, or {@code *} for every static method of the owner
 * @param capacityArgumentBounds as in {@link TypeEntry}: a non-collection first argument bounds it
 */
public record FactoryEntry(
    String owner,
    String method,
    Verdict verdict,
    Shape shape,
    boolean wrapsFirstArgument,
    boolean capacityArgumentBounds,
    String reason) {

  static FactoryEntry fixed(String owner, String method, Verdict verdict, Shape shape, String reason) {
    return new FactoryEntry(owner, method, verdict, shape, false, false, reason);
  }

  static FactoryEntry wrapper(String owner, String method, Shape shapeOrNull) {
    return new FactoryEntry(owner, method, null, shapeOrNull, true, false, "wraps its argument");
  }
}
