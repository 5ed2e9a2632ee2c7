package dev.leakguard.junit;

import dev.leakguard.core.model.HolderFact;
import java.util.List;

/**
 * A holder to watch at run time: a finding of leakguard's report, or a field the test asked for
 * with {@link LeakTest#watch()}.
 *
 * @param rule the finding's rule id, or null for a watched field that is not a finding
 * @param fingerprint the finding's fingerprint (rule id + holder), or null for a watched field
 * @param declaringClass the declaring class's qualified name, enclosing classes joined by dots
 * @param field the field's name
 * @param place {@code file:line} of the declaration as the report gave it, or "" when unknown
 * @param ownerPath for a field of an object that lives as part of a long-lived owner, the way to the
 *     object: a static field ({@code pkg.Registry.INSTANCE}) or a singleton class ({@code pkg.Registry}),
 *     then instance fields ({@code keyLocks}); empty otherwise
 * @param containerField for a holder whose value is one of the project's own containers, the
 *     container's field that grows (it is what is sized); else null
 */
public record WatchedHolder(String rule, String fingerprint, String declaringClass, String field, String place,
    List<String> ownerPath, String containerField) {

  public WatchedHolder {
    if (declaringClass == null || declaringClass.isBlank() || field == null || field.isBlank()) {
      throw new IllegalArgumentException("a holder needs a class and a field, was '" + declaringClass + "." + field + "'");
    }
    place = place == null ? "" : place;
    ownerPath = ownerPath == null ? List.of() : List.copyOf(ownerPath);
    if (ownerPath.stream().anyMatch(s -> s == null || s.isBlank())) {
      throw new IllegalArgumentException("an owner path has a blank step: " + ownerPath);
    }
    containerField = containerField == null || containerField.isBlank() ? null : containerField;
  }

  /** A holder reached directly: a static field, or a field of a singleton's instance. */
  public WatchedHolder(String rule, String fingerprint, String declaringClass, String field, String place) {
    this(rule, fingerprint, declaringClass, field, place, List.of(), null);
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
