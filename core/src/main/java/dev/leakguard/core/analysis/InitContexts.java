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
 * transitively, inside its class (a package-private one too, when the facts are a whole program
 * and no other file calls a method of its name).
 */
public final class InitContexts {
  private static final Set<String> CONTAINER_CALLBACKS = Set.of("init", "contextInitialized");
  private static final Set<String> CONTAINER_TYPES = Set.of(
      "Filter", "GenericFilter", "GenericServlet", "HttpFilter", "HttpServlet", "Servlet", "ServletContextListener");

  private final Catalog catalog;
  private final ClassIndex classes;
  private final MethodIndex methods;
  /** Calls of each method, keyed by class + "#" + name (their guards resolved). */
  private final Map<String, List<CallFact>> callers = new HashMap<>();
  private final Guards guards;
  private final Map<String, Boolean> classInitOnly = new HashMap<>();
  private final ProcessSetup processSetup;

  /** Method names called from files that do not declare them, or null when that is unknown (one file). */
  private final Set<String> calledAcrossFiles;

  /**
   * Classes with only private constructors whose every instantiation runs in a static
   * initializer: their constructors run only while classes initialise (constants).
   */
  private final Set<String> constantOnlyClasses = new HashSet<>();

  /**
   * @param calledAcrossFiles for a whole program, the method names some file calls without declaring
   *     a method of that name; null when the facts are one file
   */
  public InitContexts(Catalog catalog, ClassIndex classes, MethodIndex methods, List<CallFact> calls,
      List<InstantiationFact> instantiations, Guards guards, Set<String> calledAcrossFiles, ProcessSetup processSetup) {
    this.methods = methods;
    this.processSetup = processSetup;
    this.calledAcrossFiles = calledAcrossFiles;
    this.catalog = catalog;
    this.classes = classes;
    this.guards = guards;
    Map<String, Boolean> allStatic = new HashMap<>();
    for (InstantiationFact i : instantiations) {
      ClassFact c = classes.find(i.type());
      if (c != null && c.constructorVisibility() == ClassFact.ConstructorVisibility.ALL_PRIVATE) {
        allStatic.merge(c.qualifiedName(), i.isClassInitialization(), Boolean::logicalAnd);
      }
    }
    allStatic.forEach((cls, onlyStatic) -> {
      if (onlyStatic) {
        constantOnlyClasses.add(cls);
      }
    });
    for (CallFact c : calls) {
      callers.computeIfAbsent(key(c.targetClass(), c.methodName()), k -> new ArrayList<>()).add(c);
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
    if (member.name().equals("main")) {
      return true; // a program's entry point runs once, at start-up
    }
    String key = key(member.className(), member.name());
    MethodFact fact = methods.find(member.className(), member.name());
    if (fact != null && ownClass && hasInitializationAnnotation(fact)) {
      return true;
    }
    if (ownClass && isContainerStartUpCallback(member)) {
      return true;
    }
    if (fact == null || !isCalledOnlyInItsFile(fact)) {
      return false;
    }
    Map<String, Boolean> memo = singletonClass == null ? classInitOnly : null;
    if (memo != null && memo.containsKey(key)) {
      return memo.get(key);
    }
    if (!visiting.add(key)) {
      return true; // a cycle adds no run-time caller of its own
    }
    List<CallFact> from = callers.getOrDefault(key, List.of());
    boolean result = !from.isEmpty();
    for (CallFact call : from) {
      if (guards.isOneTime(call.guards(), singletonClass)) {
        continue; // called until a flag says it has run: once
      }
      if (!isInit(call.caller(), singletonClass, visiting)) {
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

  /** A private method; or a package-private one no other file of the whole program calls. */
  private boolean isCalledOnlyInItsFile(MethodFact m) {
    return m.isPrivate() || m.visibility() == dev.leakguard.core.model.Visibility.PACKAGE && calledAcrossFiles != null
        && !calledAcrossFiles.contains(m.member().name());
  }

  /** Whether the method is non-private (its parameters are input from outside the class). */
  /** Whether {@code member} sets up the process (registers a shutdown hook): a start-up action. */
  public boolean setsUpProcess(Member member) {
    return processSetup.setsUp(member);
  }

  public boolean isNonPrivateMethod(Member member) {
    if (member.kind() != MemberKind.METHOD && member.kind() != MemberKind.CONSTRUCTOR) {
      return false;
    }
    MethodFact fact = methods.find(member.className(), member.name());
    return fact == null || !fact.isPrivate();
  }

  /**
   * {@code init} of a servlet or filter and {@code contextInitialized} of a context listener: the
   * container calls them once, at start-up.
   */
  private boolean isContainerStartUpCallback(Member member) {
    if (!CONTAINER_CALLBACKS.contains(member.name())) {
      return false;
    }
    java.util.ArrayDeque<String> work = new java.util.ArrayDeque<>(List.of(member.className()));
    Set<String> seen = new HashSet<>();
    while (!work.isEmpty() && seen.size() < 64) {
      ClassFact c = classes.find(work.pop());
      if (c == null || !seen.add(c.qualifiedName())) {
        continue;
      }
      for (String s : c.superTypes()) {
        if (CONTAINER_TYPES.contains(dev.leakguard.core.model.Names.simpleName(s))) {
          return true;
        }
        work.add(s);
      }
    }
    return false;
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
