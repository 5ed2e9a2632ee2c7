package dev.leakguard.core.analysis;

import dev.leakguard.core.model.ClassFact;
import dev.leakguard.core.model.Expr;
import dev.leakguard.core.model.Guard;
import dev.leakguard.core.model.Ref;
import dev.leakguard.core.model.HolderFact;
import dev.leakguard.core.model.InstantiationFact;
import dev.leakguard.core.model.LocalFact;
import dev.leakguard.core.model.Member;
import dev.leakguard.core.model.UseFact;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Classes that make their one instance lazily, into a static field of their own type, under a null
 * check of that field: {@code if (instance == null) { instance = new Store(); }} in
 * {@code getInstance()}, double-checked locking included. Every instantiation of such a class at
 * run time must be one of those assignments, in the class itself; any other assignment of the field
 * at run time (a new instance without the null check, {@code null}, one handed in) replaces or drops
 * the instance, and the class is not one of them.
 */
public final class LazyInstances {
  /** Class (qualified) to the static field it keeps its instance in. */
  private final Map<String, String> fieldByClass = new HashMap<>();

  public LazyInstances(ClassIndex classes, List<HolderFact> holders, Map<String, List<UseFact>> usesByHolder,
      Guards guards, List<InstantiationFact> instantiations, List<LocalFact> locals) {
    Map<String, LocalFact> localsById = new HashMap<>();
    locals.forEach(l -> localsById.putIfAbsent(l.id(), l));
    Map<String, Set<Member>> lazyMembers = new HashMap<>();
    Map<String, String> fields = new HashMap<>();
    Set<String> replaced = new HashSet<>();
    for (HolderFact h : holders) {
      ClassFact own = h.isStatic() && h.declaredType() != null ? classes.find(h.declaredType().name()) : null;
      if (own == null || !classes.isSameOrNestedIn(h.declaringClass(), own.qualifiedName())) {
        continue;
      }
      for (UseFact u : usesByHolder.getOrDefault(h.id(), List.of())) {
        if (!u.isAssignment() || u.enclosing().kind().isClassInitialization()) {
          continue; // (made while the class initialises: the plain idiom, not this one)
        }
        Expr assigned = u.assigned() instanceof Expr.Local l && localsById.containsKey(l.id())
            ? localsById.get(l.id()).value() : u.assigned(); // `result = new T(); F = result;`
        boolean madeHere = assigned instanceof Expr.New n && isClass(classes.find(n.type().name()), own);
        if (madeHere && !u.deferred() && (guards.isLazyFillOf(h.id(), u.guards()) || checksCopy(h, u.guards(), localsById))) {
          lazyMembers.computeIfAbsent(own.qualifiedName(), k -> new HashSet<>()).add(u.enclosing());
          fields.putIfAbsent(own.qualifiedName(), h.name());
        } else {
          replaced.add(own.qualifiedName());
        }
      }
    }
    Map<String, Boolean> onlyLazy = new HashMap<>();
    for (InstantiationFact i : instantiations) {
      ClassFact c = classes.find(i.type());
      if (c == null || !lazyMembers.containsKey(c.qualifiedName()) || i.isClassInitialization()) {
        continue;
      }
      boolean lazy = lazyMembers.get(c.qualifiedName()).contains(i.enclosing())
          && classes.isSameOrNestedIn(i.enclosing().className(), c.qualifiedName());
      onlyLazy.merge(c.qualifiedName(), lazy, Boolean::logicalAnd);
    }
    onlyLazy.forEach((c, lazy) -> {
      if (lazy && !replaced.contains(c)) {
        fieldByClass.put(c, fields.get(c));
      }
    });
  }

  /** A null check of a local that holds a copy of the field ({@code T s = F; if (s == null) ..}). */
  private static boolean checksCopy(HolderFact h, List<Guard> guards, Map<String, LocalFact> locals) {
    for (Guard g : guards) {
      if (g.kind() == Guard.Kind.IS_NULL && g.whenTrue() && g.ref() instanceof Ref.Local l) {
        LocalFact def = locals.get(l.id());
        if (def != null && def.sourceCalls().isEmpty() && def.source() instanceof Ref.Field f && f.name().equals(h.name())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isClass(ClassFact found, ClassFact own) {
    return found != null && found.qualifiedName().equals(own.qualifiedName());
  }

  /** The static field the class makes its one instance into, lazily; null when it is not such a class. */
  public String fieldOf(String className) {
    return fieldByClass.get(className);
  }
}
