package dev.leakguard.core.analysis;

import dev.leakguard.core.model.CallFact;
import dev.leakguard.core.model.ClassFact;
import dev.leakguard.core.model.HolderFact;
import dev.leakguard.core.model.UseFact;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * For a convenience instance ({@code public static final Formatter DEFAULT = new Formatter();} on a
 * class with a public constructor): the methods of the class that run on the static-held instance,
 * that is, those the analysed code calls through a static field holding one
 * ({@code Formatter.DEFAULT.footnote(..)}), and the class's own methods they call, transitively.
 * Growth elsewhere in the class happens on whatever instances callers make, which may be short-lived.
 */
public final class StaticInstanceReach {
  private final ClassIndex classes;
  private final List<HolderFact> holders;
  private final Map<String, List<UseFact>> usesByHolder;
  private final Map<String, List<CallFact>> callsByCallerClass = new HashMap<>();
  private final Map<String, Set<String>> memo = new HashMap<>();

  public StaticInstanceReach(ClassIndex classes, List<HolderFact> holders, Map<String, List<UseFact>> usesByHolder,
      List<CallFact> calls) {
    this.classes = classes;
    this.holders = holders;
    this.usesByHolder = usesByHolder;
    for (CallFact c : calls) {
      callsByCallerClass.computeIfAbsent(c.caller().className(), k -> new java.util.ArrayList<>()).add(c);
    }
  }

  /** The names of the methods of {@code className} that run on a static-held instance of it. */
  public Set<String> methods(String className) {
    return memo.computeIfAbsent(className, this::compute);
  }

  /** Declared as the class, or made a new instance of it (a field declared as an interface it implements). */
  private boolean holdsInstanceOf(HolderFact h, ClassFact target) {
    if (h.declaredType() != null && classes.find(h.declaredType().name()) == target) {
      return true;
    }
    if (isNewOf(h.initializer(), target)) {
      return true;
    }
    for (UseFact u : usesByHolder.getOrDefault(h.id(), List.of())) {
      if (u.isAssignment() && isNewOf(u.assigned(), target)) {
        return true;
      }
    }
    return false;
  }

  private boolean isNewOf(dev.leakguard.core.model.Expr e, ClassFact target) {
    return e instanceof dev.leakguard.core.model.Expr.New n && classes.find(n.type().name()) == target;
  }

  private Set<String> compute(String className) {
    ClassFact target = classes.find(className);
    Set<String> reached = new HashSet<>();
    if (target == null) {
      return reached;
    }
    ArrayDeque<String> work = new ArrayDeque<>();
    for (HolderFact h : holders) {
      if (h.isStatic() && holdsInstanceOf(h, target)) {
        for (UseFact u : usesByHolder.getOrDefault(h.id(), List.of())) {
          if (!u.isAssignment() && u.prefixSize() == 0 && reached.add(u.calls().get(0))) {
            work.add(u.calls().get(0));
          }
        }
      }
    }
    while (!work.isEmpty()) {
      String method = work.pop();
      for (CallFact c : callsByCallerClass.getOrDefault(target.qualifiedName(), List.of())) {
        if (c.caller().name().equals(method) && classes.find(c.targetClass()) == target && reached.add(c.methodName())) {
          work.add(c.methodName());
        }
      }
    }
    return reached;
  }
}
