package dev.leakguard.core.catalog;

/** What a chain of calls on a holder does to it. */
public enum Effect {
  /** Adds an element or entry (to it, or to a collection nested in it). */
  GROW,
  /** Removes elements or entries from it. */
  SHRINK,
  /** Reads its size ({@code size()}, {@code isEmpty()}): a guard when used in a condition. */
  SIZE,
  /** Anything else: reads, iteration, unknown methods. */
  OTHER
}
