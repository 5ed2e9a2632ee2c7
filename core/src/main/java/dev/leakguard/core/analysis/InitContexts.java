package dev.leakguard.core.analysis;

import dev.leakguard.core.catalog.Catalog;
import dev.leakguard.core.model.AnnotationFact;
import dev.leakguard.core.model.CallFact;
import dev.leakguard.core.model.ClassFact;
import dev.leakguard.core.model.Guard;
import dev.leakguard.core.model.ParametersFact;
import dev.leakguard.core.model.PassedValues;
import dev.leakguard.core.model.InstantiationFact;
import dev.leakguard.core.model.Member;
import dev.leakguard.core.model.MemberKind;
import dev.leakguard.core.model.MethodFact;
import dev.leakguard.core.model.Names;
import dev.leakguard.core.model.Visibility;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells initialisation from run time (DESIGN.md "Run-time growth"): static initializers and
 * static field initializers of any class run once; for a singleton's instance fields its
 * constructors, instance initializers and {@code @PostConstruct} methods do too; so do the
 * constructors and instance initializers of an enum (they run only while its constants are
 * created) and of a class whose constructors are all private and whose every instantiation is in
 * a static initializer (its constants); and so does a private method reached only from those,
 * transitively, inside its class (a package-private one too, when the facts are a whole program
 * and no other file calls a method of its name). Start-up callbacks the catalog knows
 * ({@code Servlet.init}, {@code afterPropertiesSet}) and initialisation annotations
 * ({@code @PostConstruct}, {@code @Bean}) run once per instance: initialisation for a singleton's
 * own holders, and for static holders when their class is a singleton. For a singleton, its
 * superclasses' constructors and start-up callbacks count as its own, a protected method counts
 * like a package-private one, and a superclass's call of a method reaches the singleton's override.
 */
public final class InitContexts {
  /** Supertypes that declare no method: implementing one opens no method to callers. */
  private static final Set<String> MARKER_INTERFACES = Set.of("Serializable", "Cloneable");
  private static final Pattern HOOK_NAME = Pattern.compile("(add|put|register|set)[A-Z].*");

  private final Catalog catalog;
  private final ClassIndex classes;
  private final MethodIndex methods;
  /** Calls of each method, keyed by class + "#" + name (their guards resolved). */
  private final Map<String, List<CallFact>> callers = new HashMap<>();
  private final Guards guards;
  private final Map<String, Boolean> classInitOnly = new HashMap<>();
  private final Map<String, Set<String>> ancestors = new HashMap<>();
  private final ProcessSetup processSetup;
  private final ConstantCallers constantCallers;
  private final FlagSelection flagSelection;
  private final Singletons singletons;

  /** Method names called from files that do not declare them, or null when that is unknown (one file). */
  private final Set<String> calledAcrossFiles;
  /** Method names the read code calls or takes a reference to, in any file (its own included). */
  private final Set<String> invokedInReadCode;

  /**
   * Classes with only private constructors (or private nested classes) whose every instantiation
   * runs in a static initializer: their constructors run only while classes initialise (constants).
   */
  private final Set<String> constantOnlyClasses = new HashSet<>();

  /**
   * @param calledAcrossFiles for a whole program, the method names some file calls without declaring
   *     a method of that name; null when the facts are one file
   * @param invokedInReadCode the method names the facts call or take a method reference to
   */
  public InitContexts(Catalog catalog, ClassIndex classes, MethodIndex methods, List<CallFact> calls,
      List<InstantiationFact> instantiations, Guards guards, Set<String> calledAcrossFiles, Set<String> invokedInReadCode, ProcessSetup processSetup,
      Singletons singletons, ConstantCallers constantCallers, List<PassedValues> passed, List<ParametersFact> parameters) {
    this.singletons = singletons;
    this.constantCallers = constantCallers;
    this.flagSelection = new FlagSelection(passed, parameters);
    this.methods = methods;
    this.processSetup = processSetup;
    this.calledAcrossFiles = calledAcrossFiles;
    this.invokedInReadCode = invokedInReadCode;
    this.catalog = catalog;
    this.classes = classes;
    this.guards = guards;
    Map<String, Boolean> allStatic = new HashMap<>();
    for (InstantiationFact i : instantiations) {
      ClassFact c = classes.find(i.type());
      if (c != null && onlyItsFileConstructs(c)) {
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
    // A superclass's constructors and start-up callbacks initialise the singleton too.
    boolean ownClass = singletonClass != null && (singletonClass.equals(member.className())
        || ancestors(singletonClass).contains(member.className()));
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
    // The container calls these once per instance: for a static holder, once if the class is a singleton.
    boolean managedOnce = ownClass || singletonClass == null && singletons.reason(member.className()).isPresent();
    if (fact != null && managedOnce && hasInitializationAnnotation(fact)) {
      return true;
    }
    if (managedOnce && isStartUpCallback(member)) {
      return true;
    }
    if (ownClass && fact != null && isInitParameterSetter(fact, singletonClass)) {
      return true;
    }
    if (fact == null || !(isCalledOnlyInItsFile(fact) || singletonClass != null && isProtectedCalledOnlyInItsFile(fact))) {
      return false;
    }
    Map<String, Boolean> memo = singletonClass == null ? classInitOnly : null;
    if (memo != null && memo.containsKey(key)) {
      return memo.get(key);
    }
    if (!visiting.add(key)) {
      return true; // a cycle adds no run-time caller of its own
    }
    List<CallFact> from = callersOf(member, singletonClass != null);
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

  /**
   * The calls that may run {@code member}: those of it, and, for an instance method that overrides,
   * its superclasses' calls of the method they declare (on this object they dispatch to the override).
   */
  private List<CallFact> callersOf(Member member, boolean dispatches) {
    List<CallFact> direct = callers.getOrDefault(key(member.className(), member.name()), List.of());
    if (!dispatches) {
      return direct;
    }
    List<CallFact> all = new ArrayList<>(direct);
    for (String ancestor : ancestors(member.className())) {
      all.addAll(callers.getOrDefault(key(ancestor, member.name()), List.of()));
    }
    return all;
  }

  private Set<String> ancestors(String className) {
    return ancestors.computeIfAbsent(className, classes::ancestorsOf);
  }

  /**
   * A protected method of a singleton's class no other file of the whole program calls: only its
   * class (and subclasses, which extend the same object) use it.
   */
  private boolean isProtectedCalledOnlyInItsFile(MethodFact m) {
    return m.visibility() == Visibility.PROTECTED && calledAcrossFiles != null
        && !calledAcrossFiles.contains(m.member().name());
  }

  /** A private method; or a package-private one no other file of the whole program calls. */
  private boolean isCalledOnlyInItsFile(MethodFact m) {
    return m.isPrivate() || m.visibility() == Visibility.PACKAGE && calledAcrossFiles != null
        && !calledAcrossFiles.contains(m.member().name());
  }

  /**
   * Whether code in a constructor runs only while classes initialise because the flag parameter that
   * selects it ({@code guards}) is passed the selecting value only there. Every instantiation must be
   * in view: a whole program, or a class whose constructors are all private (its own file).
   */
  public boolean isInitializationUnderFlag(Member member, List<Guard> guards) {
    ClassFact c = classes.find(member.className());
    boolean allCallsSeen = calledAcrossFiles != null
        || c != null && onlyItsFileConstructs(c);
    return allCallsSeen && flagSelection.isInitialization(member, guards);
  }

  /** A class whose constructors are all private, or a private nested class: only its own file makes instances. */
  private static boolean onlyItsFileConstructs(ClassFact c) {
    return c.constructorVisibility() == ClassFact.ConstructorVisibility.ALL_PRIVATE || c.visibility() == Visibility.PRIVATE;
  }

  /**
   * Whether every call of a static method (a whole program's, outside lambdas) runs at start-up: in
   * class initialisation, a program's {@code main}, a singleton's constructors and start-up
   * callbacks, or a method reached only from those. What it adds is registered once, not per request.
   */
  public boolean calledOnlyAtStartUp(Member member) {
    List<PassedValues> calls = constantCallers.allCalls(member);
    if (calls == null) {
      return false;
    }
    for (PassedValues call : calls) {
      Member caller = call.caller();
      String singleton = singletons.reason(caller.className()).isPresent() ? caller.className() : null;
      if (call.lambda() != dev.leakguard.core.model.LambdaSite.NONE || caller.equals(member)
          || !isInitialization(caller, singleton)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code member} is a static method that every call in the analysed code passes only constants. */
  public boolean calledOnlyWithConstants(Member member) {
    return constantCallers.calledOnlyWithConstants(member);
  }

  /** Whether {@code member} sets up the process (registers a shutdown hook): a start-up action. */
  public boolean setsUpProcess(Member member) {
    return processSetup.setsUp(member);
  }

  /**
   * A protected {@code add*}, {@code put*}, {@code register*} or {@code set*} method that overrides
   * nothing and that its class (and the classes it extends) never calls: a hook through which
   * subclasses configure what they extend. (A protected method that overrides, {@code doGet} of a
   * servlet, is a request path a framework calls.)
   */
  public boolean isUncalledProtectedHook(Member member) {
    if (member.kind() != MemberKind.METHOD || !HOOK_NAME.matcher(member.name()).matches()) {
      return false;
    }
    MethodFact fact = methods.find(member.className(), member.name());
    return fact != null && fact.visibility() == Visibility.PROTECTED
        && fact.annotations().stream().noneMatch(a -> Names.simpleName(a.name()).equals("Override"))
        && callersOf(member, true).isEmpty();
  }

  /** Why nothing outside the analysed code can run a method. */
  public enum Unreachable {
    /** Its class is not open to other packages, and no analysed code calls it. */
    CLASS_NOT_OPEN,
    /** It is marked {@code @VisibleForTesting}, and no analysed (main) code calls it. */
    TESTS_ONLY
  }

  /**
   * Whether a method's growth is out of reach of run-time callers, for a whole program only: no
   * file calls a method of its name or names one in a method reference (by name: a call through an
   * instance need not resolve to its class), it overrides nothing and no supertype of its class
   * can dispatch to it (every supertype is analysed and none declares a method of its name: no
   * framework can call it through one), and either its class is package-private
   * (or nested in such a class: code of other packages cannot name it) or it is marked
   * {@code @VisibleForTesting}. Null when it can be reached.
   */
  public Unreachable unreachable(Member member) {
    if (member.kind() != MemberKind.METHOD || calledAcrossFiles == null
        || calledAcrossFiles.contains(member.name()) || invokedInReadCode.contains(member.name())) {
      return null;
    }
    MethodFact fact = methods.find(member.className(), member.name());
    ClassFact owner = classes.find(member.className());
    if (fact == null || owner == null || fact.isPrivate() || reachableThroughSupertype(owner, member.name())
        || hasAnnotation(fact, "Override") || !callersOf(member, true).isEmpty()) {
      return null;
    }
    if (hasAnnotation(fact, "VisibleForTesting")) {
      return Unreachable.TESTS_ONLY;
    }
    return classes.isOpenToOtherPackages(owner.qualifiedName()) ? null : Unreachable.CLASS_NOT_OPEN;
  }

  /**
   * Whether code that holds the class as one of its supertypes may call a method of this name: a
   * supertype outside the analysed code (its methods are unknown; marker interfaces aside), or an
   * analysed one that declares a method of the name.
   */
  private boolean reachableThroughSupertype(ClassFact owner, String method) {
    ArrayDeque<String> work = new ArrayDeque<>(owner.superTypes());
    Set<String> seen = new HashSet<>();
    while (!work.isEmpty()) {
      String name = work.pop();
      if (MARKER_INTERFACES.contains(Names.simpleName(name)) || !seen.add(name)) {
        continue;
      }
      ClassFact c = classes.find(name);
      if (c == null || seen.size() > 64 || methods.find(c.qualifiedName(), method) != null) {
        return true;
      }
      work.addAll(c.superTypes());
    }
    return false;
  }

  private static boolean hasAnnotation(MethodFact fact, String simpleName) {
    return fact.annotations().stream().anyMatch(a -> Names.simpleName(a.name()).equals(simpleName));
  }

  /** Whether the method is non-private (its parameters are input from outside the class). */

  public boolean isNonPrivateMethod(Member member) {
    if (member.kind() != MemberKind.METHOD && member.kind() != MemberKind.CONSTRUCTOR) {
      return false;
    }
    MethodFact fact = methods.find(member.className(), member.name());
    return fact == null || !fact.isPrivate();
  }

  /**
   * A start-up callback the catalog knows ({@code init} of a servlet or filter,
   * {@code contextInitialized} of a context listener, {@code afterPropertiesSet} of a bean): the
   * container calls it once, at start-up. The supertypes are walked through the analysed classes.
   */
  private boolean isStartUpCallback(Member member) {
    ArrayDeque<String> work = new ArrayDeque<>(List.of(member.className()));
    Set<String> seen = new HashSet<>();
    while (!work.isEmpty() && seen.size() < 64) {
      String name = work.pop();
      if (!seen.add(name)) {
        continue;
      }
      if (!name.equals(member.className()) && catalog.isStartUpCallback(name, member.name())) {
        return true;
      }
      ClassFact c = classes.find(name);
      if (c != null) {
        work.addAll(c.superTypes());
      }
    }
    return false;
  }

  /**
   * A public bean-property setter ({@code setEntryPoints(..)}) of a servlet or filter: its container
   * (or the base class's {@code init}) sets the init parameters through them, once, while it
   * initialises the instance.
   */
  private boolean isInitParameterSetter(MethodFact m, String singletonClass) {
    if (m.isStatic() || m.visibility() != dev.leakguard.core.model.Visibility.PUBLIC
        || !dev.leakguard.core.model.Names.isSetterName(m.member().name())) {
      return false;
    }
    return singletons.reason(singletonClass).map(r -> r.kind() == Singletons.Reason.Kind.CONTAINER_MANAGED).orElse(false);
  }

  /** Whether a scheduler runs the method every so often ({@code @Scheduled}, {@code @Schedule}). */
  public boolean runsOnSchedule(Member member) {
    if (member.kind() != MemberKind.METHOD) {
      return false;
    }
    MethodFact fact = methods.find(member.className(), member.name());
    return fact != null && fact.annotations().stream().anyMatch(a -> catalog.isScheduledAnnotation(a.name()));
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
