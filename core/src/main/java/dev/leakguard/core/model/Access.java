package dev.leakguard.core.model;

/** How a use reached the holder. */
public enum Access {
  /** The field itself: {@code MAP.put(..)}, {@code this.map.put(..)}, {@code Type.MAP.put(..)}. */
  DIRECT,
  /** A local variable assigned from the field (or from a view or iterator of it). */
  ALIAS,
  /** A method that returns the field: {@code registry().put(..)}. */
  GETTER,
  /** A method reference: {@code items.forEach(SEEN::add)}. */
  METHOD_REFERENCE
}
