package dev.leakguard.core.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An annotation as written: its name (qualified when resolved) and its members' values, each a
 * list of strings (a string literal's content, otherwise the expression's source text, such as
 * {@code ConfigurableBeanFactory.SCOPE_PROTOTYPE}). A single-member annotation's value is under
 * {@code value}.
 */
public record AnnotationFact(String name, Map<String, List<String>> values) implements java.io.Serializable {
  public AnnotationFact {
    values = Map.copyOf(new TreeMap<>(values));
  }

  public static AnnotationFact marker(String name) {
    return new AnnotationFact(name, Map.of());
  }

  public static AnnotationFact of(String name, String value) {
    return new AnnotationFact(name, Map.of("value", List.of(value)));
  }

  public String simpleName() {
    return Names.simpleName(name);
  }

  public List<String> value(String member) {
    return values.getOrDefault(member, List.of());
  }
}
