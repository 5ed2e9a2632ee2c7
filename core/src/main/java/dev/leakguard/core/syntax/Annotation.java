package dev.leakguard.core.syntax;

import java.util.List;
import java.util.Map;

/**
 * An annotation as written: its name and each attribute's values (an array's elements one by
 * one; a string literal's content, otherwise the value's source text). A single-member
 * annotation's value is under {@code value}.
 */
public record Annotation(String name, Map<String, List<String>> values) {
  public Annotation {
    values = Map.copyOf(values);
  }
}
