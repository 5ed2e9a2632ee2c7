package dev.leakguard.core.model;

/** What kind of class member a piece of code runs in. */
public enum MemberKind {
  /** {@code static { ... }}. */
  STATIC_INITIALIZER,
  /** The initializer of a static field (including interface fields and enum constants). */
  STATIC_FIELD_INITIALIZER,
  /** {@code { ... }} in a class body. */
  INSTANCE_INITIALIZER,
  /** The initializer of an instance field. */
  INSTANCE_FIELD_INITIALIZER,
  CONSTRUCTOR,
  METHOD;

  public boolean isClassInitialization() {
    return this == STATIC_INITIALIZER || this == STATIC_FIELD_INITIALIZER;
  }

  public boolean isInstanceInitialization() {
    return this == INSTANCE_INITIALIZER || this == INSTANCE_FIELD_INITIALIZER || this == CONSTRUCTOR;
  }
}
