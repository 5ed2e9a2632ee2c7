package dev.leakguard.core.analysis;

import dev.leakguard.core.model.ClassFact;
import dev.leakguard.core.model.ClassKind;
import dev.leakguard.core.model.Names;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The analysed code's classes by qualified name, with a simple-name fallback. */
public final class ClassIndex {
  private final Map<String, ClassFact> byName = new HashMap<>();
  private final Map<String, List<ClassFact>> bySimpleName = new HashMap<>();
  /** Analysed classes by the analysed classes they extend, directly or not; made on first use. */
  private Map<String, List<String>> descendants;

  public ClassIndex(List<ClassFact> classes) {
    for (ClassFact c : classes) {
      byName.putIfAbsent(c.qualifiedName(), c);
      bySimpleName.computeIfAbsent(c.simpleName(), k -> new ArrayList<>()).add(c);
    }
  }

  /** The class a name refers to; a simple name resolves only when exactly one class has it. */
  public ClassFact find(String name) {
    if (name == null) {
      return null;
    }
    ClassFact exact = byName.get(name);
    if (exact != null) {
      return exact;
    }
    List<ClassFact> candidates = bySimpleName.get(Names.simpleName(name));
    if (candidates == null || candidates.size() != 1) {
      return null;
    }
    ClassFact only = candidates.get(0);
    // A qualified name that is not ours must not match a class of ours by its simple name.
    return name.indexOf('.') < 0 || only.qualifiedName().endsWith("." + name) ? only : null;
  }

  public boolean isEnum(String name) {
    ClassFact c = find(name);
    return c != null && c.kind() == ClassKind.ENUM;
  }

  /**
   * The analysed classes and interfaces {@code className} extends or implements, directly or not
   * (qualified names; supertypes outside the analysed code are not followed).
   */
  public Set<String> ancestorsOf(String className) {
    Set<String> out = new LinkedHashSet<>();
    ArrayDeque<String> work = new ArrayDeque<>();
    ClassFact start = find(className);
    if (start != null) {
      work.addAll(start.superTypes());
    }
    while (!work.isEmpty() && out.size() < 64) {
      ClassFact c = find(work.pop());
      if (c != null && !c.qualifiedName().equals(className) && out.add(c.qualifiedName())) {
        work.addAll(c.superTypes());
      }
    }
    return out;
  }

  /** The analysed classes that extend or implement {@code className}, directly or not (qualified names, sorted). */
  public List<String> descendantsOf(String className) {
    ClassFact c = find(className);
    if (c == null) {
      return List.of();
    }
    if (descendants == null) {
      Map<String, List<String>> index = new HashMap<>();
      for (ClassFact sub : byName.values()) {
        for (String ancestor : ancestorsOf(sub.qualifiedName())) {
          index.computeIfAbsent(ancestor, k -> new ArrayList<>()).add(sub.qualifiedName());
        }
      }
      index.values().forEach(java.util.Collections::sort);
      descendants = index;
    }
    return descendants.getOrDefault(c.qualifiedName(), List.of());
  }

  /** Whether {@code className} is {@code outer} or nested in it, at any depth (walking out through enclosing classes). */
  public boolean isSameOrNestedIn(String className, String outer) {
    String current = className;
    for (int depth = 0; current != null && depth < 64; depth++) {
      if (current.equals(outer)) {
        return true;
      }
      ClassFact f = byName.get(current);
      current = f == null ? null : f.outerClass();
    }
    return false;
  }

  /**
   * Whether code outside the class's package may name {@code className}: it and every class
   * enclosing it are public or protected. A class the analysis does not know counts as open.
   */
  public boolean isOpenToOtherPackages(String className) {
    String current = className;
    for (int depth = 0; current != null && depth < 64; depth++) {
      ClassFact f = byName.get(current);
      if (f == null) {
        return depth > 0; // an enclosing class not in view: as open as what was seen
      }
      if (!f.visibility().isOpen()) {
        return false;
      }
      current = f.outerClass();
    }
    return true;
  }
}
