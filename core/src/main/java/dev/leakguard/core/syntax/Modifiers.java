package dev.leakguard.core.syntax;

/** The modifiers written on a declaration (not those a language rule implies). */
public record Modifiers(boolean isPublic, boolean isProtected, boolean isPrivate, boolean isStatic) {
  public static final Modifiers NONE = new Modifiers(false, false, false, false);
}
