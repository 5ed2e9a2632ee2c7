package dev.leakguard.junit;

import dev.leakguard.core.model.HolderFact;

/**
 * A holder to watch at run time: a finding of leakguard's report, or a field the test asked for
 * with {@link LeakTest#watch()}.
 *
 * @param rule the finding's rule id, or null for a watched field that is not a finding
 * @param fingerprint the finding's fingerprint (rule id + holder), or null for a watched field
 * @param declaringClass the declaring class's qualified name, enclosing classes joined by dots
 * @param field the field's name
 * @param place {@code file:line} of the declaration as the report gave it, or "" when unknown
 */
public record WatchedHolder(String rule, String fingerprint, String declaringClass, String field, String place) {

  public WatchedHolder {
    if (declaringClass == null || declaringClass.isBlank() || field == null || field.isBlank()) {
      throw new IllegalArgumentException("a holder needs a class and a field, was '" + declaringClass + "." + field + "'");
    }
    place = place == null ? "" : place;
  }

  /** The holder's qualified name, as findings name it: {@code pkg.Outer.Inner.field}. */
  public String id() {
    return HolderFact.id(declaringClass, field);
  }

  /** Whether leakguard reported it (else the test asked to watch it). */
  public boolean reported() {
    return fingerprint != null;
  }

  /**
   * A field named {@code pkg.Outer.field} (the last dot separates the field), watched without a
   * finding.
   */
  public static WatchedHolder named(String qualifiedField) {
    String name = qualifiedField == null ? "" : qualifiedField.strip();
    int dot = name.lastIndexOf('.');
    if (dot <= 0 || dot == name.length() - 1) {
      throw new IllegalArgumentException("a watched field is named 'pkg.Class.field', was '" + qualifiedField + "'");
    }
    return new WatchedHolder(null, null, name.substring(0, dot), name.substring(dot + 1), "");
  }
}
