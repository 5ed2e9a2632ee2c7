package dev.leakguard.core.analysis;

import dev.leakguard.core.model.MemberKind;
import dev.leakguard.core.model.MethodFact;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The methods of the analysed classes by class and name. Calls are known by name (overloads are not
 * told apart), so the most open overload speaks for all: a private method counts as private only
 * if every overload is.
 */
public final class MethodIndex {
  private final Map<String, MethodFact> byKey = new HashMap<>();

  public MethodIndex(List<MethodFact> methods) {
    for (MethodFact m : methods) {
      if (m.member().kind() == MemberKind.METHOD) {
        byKey.merge(key(m.member().className(), m.member().name()), m,
            (a, b) -> b.visibility().compareTo(a.visibility()) > 0 ? b : a);
      }
    }
  }

  /** The method {@code name} of {@code className} (its most open overload), or null. */
  public MethodFact find(String className, String name) {
    return byKey.get(key(className, name));
  }

  private static String key(String className, String name) {
    return className + "#" + name;
  }
}
