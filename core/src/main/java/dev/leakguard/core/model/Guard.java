package dev.leakguard.core.model;

/**
 * A condition that code runs under, as the syntax says it: the condition of an enclosing
 * {@code if} (its then-branch, or its else-branch with {@code whenTrue} flipped), or one operand
 * of a {@code &&} in it. Core decides what it means (lazy one-time initialisation, a guard flag,
 * a constant that switches the code off).
 *
 * @param kind what the condition tests
 * @param ref the reference it tests
 * @param whenTrue for {@link Kind#IS_NULL}: the code runs when the reference is null; for
 *     {@link Kind#FLAG}: when the flag is true
 */
public record Guard(Kind kind, Ref ref, boolean whenTrue) implements java.io.Serializable {

  public enum Kind {
    /** {@code x == null} (or {@code x != null} with {@code whenTrue} false). */
    IS_NULL,
    /** A boolean reference on its own, possibly negated: {@code if (DEBUG)}, {@code if (!initialized)}. */
    FLAG,
    /** The code is part of an {@code assert} statement: it runs only with assertions enabled ({@code ref} is null). */
    ASSERTION
  }

  /** The guard of code inside an {@code assert} statement. */
  public static Guard assertion() {
    return new Guard(Kind.ASSERTION, null, true);
  }
}
