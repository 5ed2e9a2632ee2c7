package dev.leakguard.core.model;

import java.util.List;

/**
 * A member that has a body: a method, constructor or initializer, who may call it, and its
 * annotations ({@code PostConstruct} matters).
 */
public record MethodFact(Member member, Visibility visibility, List<AnnotationFact> annotations, boolean isStatic)
    implements java.io.Serializable {
  public MethodFact {
    annotations = List.copyOf(annotations);
    visibility = visibility == null ? Visibility.PUBLIC : visibility;
  }

  /** An instance member (or one whose facts do not say). */
  public MethodFact(Member member, Visibility visibility, List<AnnotationFact> annotations) {
    this(member, visibility, annotations, false);
  }

  /** A private member, or else a public one (tests and facts that know no more). */
  public MethodFact(Member member, boolean isPrivate, List<AnnotationFact> annotations) {
    this(member, isPrivate ? Visibility.PRIVATE : Visibility.PUBLIC, annotations);
  }

  public boolean isPrivate() {
    return visibility == Visibility.PRIVATE;
  }
}
