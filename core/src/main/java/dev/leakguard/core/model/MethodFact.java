package dev.leakguard.core.model;

import java.util.List;

/**
 * A member that has a body: a method, constructor or initializer, whether it is private, and
 * its annotations ({@code PostConstruct} matters).
 */
public record MethodFact(Member member, boolean isPrivate, List<AnnotationFact> annotations) implements java.io.Serializable {
  public MethodFact {
    annotations = List.copyOf(annotations);
  }
}
