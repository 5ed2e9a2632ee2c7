package dev.leakguard.core.model;

/**
 * A member that code runs in: the class (qualified; an anonymous or local class gets a name of
 * the reader's choosing that no named class has, e.g. {@code pkg.Outer$1}), the member's name
 * ({@code <init>} for constructors, {@code <clinit>} and {@code <instinit>} for initializer
 * blocks, the field's name for a field initializer) and its kind. Code in a lambda belongs to
 * the member the lambda is written in.
 */
public record Member(String className, String name, MemberKind kind) implements java.io.Serializable {
  public static final String CONSTRUCTOR = "<init>";
  public static final String STATIC_INIT = "<clinit>";
  public static final String INSTANCE_INIT = "<instinit>";

  /** How messages name the member: the method's name, or the class for initialisers. */
  public String displayName() {
    return switch (kind) {
      case METHOD -> name;
      case CONSTRUCTOR -> Names.simpleName(className) + " constructor";
      case STATIC_INITIALIZER -> "static initializer";
      case INSTANCE_INITIALIZER -> "instance initializer";
      case STATIC_FIELD_INITIALIZER, INSTANCE_FIELD_INITIALIZER -> "initializer of " + name;
    };
  }
}
