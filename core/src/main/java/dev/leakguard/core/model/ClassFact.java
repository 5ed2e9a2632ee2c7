package dev.leakguard.core.model;

import java.util.List;
import java.util.Set;

/**
 * A class declared in the analysed code.
 *
 * @param qualifiedName package and enclosing classes joined by dots
 * @param outerClass the enclosing class's qualified name, or null for a top-level class
 * @param superTypes the extended class and implemented interfaces as the reader could name them
 *     (qualified when resolved); a reader with full type resolution may list all supertypes
 * @param constructorVisibility whether the class declares constructors and whether all are private
 * @param declaredMethods names of the methods the class body declares
 * @param visibility the class's own access modifier (a member of an interface is public); its
 *     enclosing classes may narrow it further
 */
public record ClassFact(
    String qualifiedName,
    ClassKind kind,
    String outerClass,
    List<AnnotationFact> annotations,
    List<String> superTypes,
    ConstructorVisibility constructorVisibility,
    Set<String> declaredMethods,
    Visibility visibility,
    Location location) implements java.io.Serializable {

  public ClassFact {
    annotations = List.copyOf(annotations);
    superTypes = List.copyOf(superTypes);
    declaredMethods = Set.copyOf(declaredMethods);
    visibility = visibility == null ? Visibility.PUBLIC : visibility;
  }

  public String simpleName() {
    return Names.simpleName(qualifiedName);
  }

  public enum ConstructorVisibility {
    /** No constructor declared, in a class that is not public. */
    IMPLICIT,
    /** No constructor declared, in a public class: the implicit one is public too. */
    IMPLICIT_PUBLIC,
    ALL_PRIVATE,
    /** Some constructor is package-private or protected, none is public. */
    SOME_NON_PRIVATE,
    /** Some constructor is public: any code may create instances. */
    SOME_PUBLIC;

    /** Whether callers outside the analysed code can make their own instances. */
    public boolean isPublic() {
      return this == IMPLICIT_PUBLIC || this == SOME_PUBLIC;
    }
  }
}
