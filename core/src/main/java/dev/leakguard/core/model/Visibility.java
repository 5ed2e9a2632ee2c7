package dev.leakguard.core.model;

/**
 * Who may call a member, as the language decides it (an interface's methods without a modifier
 * are public; an anonymous class's methods count as declared).
 */
public enum Visibility {
  PRIVATE,
  /** No modifier: the package only. */
  PACKAGE,
  PROTECTED,
  PUBLIC;

  /** Code outside the analysed sources (a user, a subclass, a framework) may call it. */
  public boolean isOpen() {
    return this == PROTECTED || this == PUBLIC;
  }
}
