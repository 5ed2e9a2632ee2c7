package dev.leakguard.core.syntax;

import java.util.Collection;

/** The modifiers written on a declaration (not those a language rule implies). */
public record Modifiers(boolean isPublic, boolean isProtected, boolean isPrivate, boolean isStatic) {
  public static final Modifiers NONE = new Modifiers(false, false, false, false);

  /** The modifiers among the keywords written on a declaration ({@code public}, {@code static}, ...). */
  public static Modifiers of(Collection<String> keywords) {
    return new Modifiers(keywords.contains("public"), keywords.contains("protected"), keywords.contains("private"),
        keywords.contains("static"));
  }
}
