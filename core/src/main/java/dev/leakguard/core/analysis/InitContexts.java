package dev.leakguard.core.analysis;

import dev.leakguard.core.catalog.Catalog;
import dev.leakguard.core.model.AnnotationFact;
import dev.leakguard.core.model.CallFact;
import dev.leakguard.core.model.ClassFact;
import dev.leakguard.core.model.InstantiationFact;
import dev.leakguard.core.model.Member;
import dev.leakguard.core.model.MemberKind;
import dev.leakguard.core.model.MethodFact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells initialisation from run time (DESIGN.md "Run-time growth"): static initializers and
 * static field initializers of any class run once; for a singleton's instance fields its
 * constructors, instance initializers and {@code @PostConstruct} methods do too; so do the
 * constructors and instance initializers of an enum (they run only while its constants are
 * created) and of a class whose constructors are all private and whose every instantiation is in
 * a static initializer (its constants); and so does a private method reached only from those,
 * transitively, inside its class.
 */
public final class InitContexts {
  private final Catalog catalog;
  private final ClassIndex classes;
  private final Map<String, MethodFact> methodsByKey = new HashMap<>();
  /** Callers of each private method, keyed by class + "#" + name. */
  private final Map<String, List<Member>> callers = new HashMap<>();
  private final Map<String, Boolean> classInitOnly = new HashMap<>();

  /**
   * Classes with only private constructors whose every instantiation runs in a static
   * initializer: their constructors run only while classes initialise (constants).
   */
  private final Set<String> constantOnlyClasses = new HashSet<>();

  public InitContexts(Catalog catalog, ClassIndex classes, List<MethodFact> methods, List<CallFact> calls,
      List<InstantiationFact> instantiations) {
    this.catalog = catalog;
    this.classes = classes;
    Map<String, Boolean> allStatic = new HashMap<>();
    for (InstantiationFact i : instantiations) {
      ClassFact c = classes.find(i.type());
      if (c != null && c.constructorVisibility() == ClassFact.ConstructorVisibility.ALL_PRIVATE) {
        allStatic.merge(c.qualifiedName(), i.enclosing().kind().isClassInitialization(), Boolean::logicalAnd);
      }
    }
    allStatic.forEach((cls, onlyStatic) -> {
      if (onlyStatic) {
        constantOnlyClasses.add(cls);
      }
    });
    for (MethodFact m : methods) {
      if (m.member().kind() == MemberKind.METHOD) {
        // Overloads share a key: a private method is init-only only if every overload is.
        methodsByKey.merge(key(m.member().className(), m.member().name()), m,
            (a, b) -> a.isPrivate() && !b.isPrivate() ? b : a);
      }
    }
    for (CallFact c : calls) {
      callers.computeIfAbsent(key(c.targetClass(), c.methodName()), k -> new ArrayList<>()).add(c.caller());
    }
  }

  /**
   * Whether code in {@code member} runs only while the holder is being initialised.
   *
   * @param singletonClass the singleton whose instance field is the holder, or null for a
   *     static holder (then only class initialisation counts)
   */
  public boolean isInitialization(Member member, String singletonClass) {
    return isInit(member, singletonClass, new HashSet<>());
  }

  private boolean isInit(Member member, String singletonClass, Set<String> visiting) {
    if (member.kind().isClassInitialization()) {
      return true;
    }
    boolean ownClass = singletonClass != null && singletonClass.equals(member.className());
    if (ownClass && member.kind().isInstanceInitialization()) {
      return true;
    }
    if (member.kind().isInstanceInitialization()
        && (constantOnlyClasses.contains(member.className()) || classes.isEnum(member.className()))) {
      return true;
    }
    if (member.kind() != MemberKind.METHOD) {
      return false;
    }
    String key = key(member.className(), member.name());
    MethodFact fact = methodsByKey.get(key);
    if (fact != null && ownClass && hasInitializationAnnotation(fact)) {
      return true;
    }
    if (fact == null || !fact.isPrivate()) {
      return false;
    }
    Map<String, Boolean> memo = singletonClass == null ? classInitOnly : null;
    if (memo != null && memo.containsKey(key)) {
      return memo.get(key);
    }
    if (!visiting.add(key)) {
      return true; // a cycle adds no run-time caller of its own
    }
    List<Member> from = callers.getOrDefault(key, List.of());
    boolean result = !from.isEmpty();
    for (Member caller : from) {
      if (!isInit(caller, singletonClass, visiting)) {
        result = false;
        break;
      }
    }
    visiting.remove(key);
    if (memo != null && visiting.isEmpty()) {
      memo.put(key, result);
    }
    return result;
  }

  /** Whether the method is non-private (its parameters are input from outside the class). */
  public boolean isNonPrivateMethod(Member member) {
    if (member.kind() != MemberKind.METHOD && member.kind() != MemberKind.CONSTRUCTOR) {
      return false;
    }
    MethodFact fact = methodsByKey.get(key(member.className(), member.name()));
    return fact == null || !fact.isPrivate();
  }

  private boolean hasInitializationAnnotation(MethodFact m) {
    for (AnnotationFact a : m.annotations()) {
      if (catalog.isInitializationAnnotation(a.name())) {
        return true;
      }
    }
    return false;
  }

  private static String key(String className, String method) {
    return className + "#" + method;
  }
}
