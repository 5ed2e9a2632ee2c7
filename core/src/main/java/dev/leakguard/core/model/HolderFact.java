package dev.leakguard.core.model;

import java.util.List;
import java.util.Set;

/**
 * A field that may hold a long-lived collection: every static field and every instance field,
 * with what its declaration says. Whether it is a holder (static, or of a singleton) is the
 * judge's call.
 *
 * @param declaringClass the qualified name of the class that declares it
 * @param location the position of the field's name
 * @param initializer the initializer's shape, or null
 * @param documentation the text of the Javadoc and comments attached to the declaration, as
 *     core's {@code SourceComments} attaches them (the comments on the lines directly above it and
 *     those on its own lines), "" if none
 * @param suppressions suppression keys the reader knows of beyond the annotations (usually none:
 *     core reads {@code @SuppressWarnings} from the field's and its enclosing classes' annotations)
 */
public record HolderFact(
    String declaringClass,
    String name,
    Location location,
    TypeRef declaredType,
    boolean isStatic,
    boolean isPrivate,
    Expr initializer,
    List<AnnotationFact> annotations,
    String documentation,
    Set<String> suppressions) implements java.io.Serializable {

  public HolderFact {
    annotations = List.copyOf(annotations);
    suppressions = Set.copyOf(suppressions);
    documentation = documentation == null ? "" : documentation;
  }

  /** The qualified name uses and findings refer to: {@code pkg.Outer.Inner.field}. */
  public String id() {
    return id(declaringClass, name);
  }

  public static String id(String declaringClass, String field) {
    return declaringClass + "." + field;
  }
}
