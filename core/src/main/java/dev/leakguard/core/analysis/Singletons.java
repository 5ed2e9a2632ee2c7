package dev.leakguard.core.analysis;

import dev.leakguard.core.Options;
import dev.leakguard.core.catalog.Catalog;
import dev.leakguard.core.model.AnnotationFact;
import dev.leakguard.core.model.ClassFact;
import dev.leakguard.core.model.ClassKind;
import dev.leakguard.core.model.InstantiationFact;
import dev.leakguard.core.model.LambdaSite;
import dev.leakguard.core.model.Member;
import dev.leakguard.core.model.MethodFact;
import dev.leakguard.core.model.MemberKind;
import dev.leakguard.core.model.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which classes are singletons (DESIGN.md section 3) and why, as data for the explanation
 * (core's {@code Explanation} words it).
 */
public final class Singletons {
  private static final int MAX_SUPERTYPE_DEPTH = 32;

  private final Catalog catalog;
  private final ClassIndex classes;
  private final Options options;
  private final Map<String, List<InstantiationFact>> instantiationsByType = new HashMap<>();
  private final Map<String, Optional<Reason>> memo = new HashMap<>();
  /** Classes that make their one instance lazily into a static field; null: none known. */
  private final LazyInstances lazy;
  /** The analysed methods, for their annotations ({@code @Bean}); null: none known. */
  private final MethodIndex methods;

  public Singletons(Catalog catalog, ClassIndex classes, Options options, List<InstantiationFact> instantiations) {
    this(catalog, classes, options, instantiations, null, null);
  }

  public Singletons(Catalog catalog, ClassIndex classes, Options options, List<InstantiationFact> instantiations,
      LazyInstances lazy, MethodIndex methods) {
    this.lazy = lazy;
    this.methods = methods;
    this.catalog = catalog;
    this.classes = classes;
    this.options = options;
    for (InstantiationFact i : instantiations) {
      ClassFact target = classes.find(i.type());
      String key = target != null ? target.qualifiedName() : i.type();
      instantiationsByType.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
    }
  }

  /**
   * Why a class's instances live as long as the application.
   *
   * @param kind what makes them
   * @param className the class (qualified)
   * @param via what the kind names: the annotation (qualified as written) for {@code ANNOTATED},
   *     the container-managed supertype for {@code CONTAINER_MANAGED}, the owner class for
   *     {@code OWNED}, the static field a {@code PRIVATE_CONSTRUCTORS} class makes its instance into
   *     lazily ({@link LazyInstances}); else null
   * @param madeIn for {@code CREATED_AT_START_UP} and {@code BEAN_METHOD}, the member that makes the
   *     one instance; else null
   * @param publicConstructor for {@code CREATED_IN_STATIC_INITIALIZER}: callers may make instances
   *     of their own (only growth reached through the static instance counts)
   * @param ownerChain for {@code OWNED}, the way from where the owner lives to the instance; else empty
   * @param ownerReason for {@code OWNED}, why the owner lives that long; else null
   */
  public record Reason(Kind kind, String className, String via, Member madeIn, boolean publicConstructor,
      List<Link> ownerChain, Reason ownerReason) {
    public enum Kind {
      ENUM, ANNOTATED, CONTAINER_MANAGED, PRIVATE_CONSTRUCTORS, CREATED_AT_START_UP, BEAN_METHOD,
      CREATED_IN_STATIC_INITIALIZER, OWNED
    }

    public Reason {
      ownerChain = List.copyOf(ownerChain);
    }

    static Reason of(Kind kind, ClassFact c, String via) {
      return new Reason(kind, c.qualifiedName(), via, null, false, List.of(), null);
    }
  }

  /**
   * A singleton that inherits the instance fields of a class that is none itself: the first (by
   * name) analysed subclass, direct or not, that is a singleton by its annotation (a Spring
   * stereotype, {@code @Singleton}, {@code @ApplicationScoped}): the application's own beans built
   * on a base class. A library's singletons built on its base classes (a servlet listener extending
   * a loader, a constant instance of one encoding among many) fill the inherited fields while they
   * are set up, and other subclasses, made per use, grow theirs: those are not counted.
   *
   * @param subclass the singleton class (qualified)
   * @param reason why it is one
   */
  public record Inheritor(String subclass, Reason reason) {}

  /** The singleton that inherits {@code className}'s instance fields, or empty (see {@link Inheritor}). */
  public Optional<Inheritor> inheritor(String className) {
    for (String sub : classes.descendantsOf(className)) {
      ClassFact c = classes.find(sub);
      if (c == null || c.kind() != ClassKind.CLASS) {
        continue;
      }
      Optional<Reason> why = reason(sub);
      if (why.isPresent() && why.get().kind() == Reason.Kind.ANNOTATED) {
        return Optional.of(new Inheritor(sub, why.get()));
      }
    }
    return Optional.empty();
  }

  /** Classes whose reason is being computed: an ownership cycle proves nothing. */
  private final Set<String> computing = new HashSet<>();

  /** Why instances of {@code className} live as long as the application, or empty. */
  public Optional<Reason> reason(String className) {
    Optional<Reason> known = memo.get(className);
    if (known != null) {
      return known;
    }
    if (!computing.add(className)) {
      return Optional.empty();
    }
    Optional<Reason> computed = compute(className);
    computing.remove(className);
    memo.put(className, computed);
    return computed;
  }

  private Optional<Reason> compute(String className) {
    ClassFact c = classes.find(className);
    if (c == null) {
      return Optional.empty();
    }
    if (c.kind() == ClassKind.ENUM) {
      return Optional.of(Reason.of(Reason.Kind.ENUM, c, null));
    }
    if (c.kind() != ClassKind.CLASS) {
      return Optional.empty();
    }
    if (hasNonSingletonScope(c)) {
      return Optional.empty();
    }
    for (AnnotationFact a : c.annotations()) {
      if (catalog.isSingletonAnnotation(a.name()) || isExtraSingletonAnnotation(a.name())) {
        return Optional.of(Reason.of(Reason.Kind.ANNOTATED, c, a.name()));
      }
    }
    String servlet = singletonSupertype(c);
    if (servlet != null) {
      return Optional.of(Reason.of(Reason.Kind.CONTAINER_MANAGED, c, servlet));
    }
    List<InstantiationFact> news = instantiationsByType.getOrDefault(c.qualifiedName(), List.of());
    if (news.isEmpty()) {
      return Optional.empty();
    }
    // A class that also makes instances of itself at run time (static factories returning
    // `new Self(..)`) keeps constants in its static fields, not its one instance.
    boolean alsoMadeAtRunTime = news.stream().anyMatch(i -> !i.isClassInitialization());
    String lazyField = lazy == null ? null : lazy.fieldOf(c.qualifiedName());
    if (c.constructorVisibility() == ClassFact.ConstructorVisibility.ALL_PRIVATE && lazyField != null) {
      return Optional.of(Reason.of(Reason.Kind.PRIVATE_CONSTRUCTORS, c, lazyField));
    }
    if (c.constructorVisibility() == ClassFact.ConstructorVisibility.ALL_PRIVATE && !alsoMadeAtRunTime) {
      for (InstantiationFact i : news) {
        if (i.isClassInitialization() && classes.isSameOrNestedIn(i.enclosing().className(), c.qualifiedName())) {
          return Optional.of(Reason.of(Reason.Kind.PRIVATE_CONSTRUCTORS, c, null));
        }
      }
    }
    if (news.size() == 1 && isStartUp(news.get(0)) && !classes.isSameOrNestedIn(news.get(0).enclosing().className(), c.qualifiedName())
        && !c.declaredMethods().contains("main")) {
      // (a class whose own main makes it is a program of its own: a command-line tool, a demo)
      return Optional.of(new Reason(Reason.Kind.CREATED_AT_START_UP, c.qualifiedName(), null, news.get(0).enclosing(), false,
          List.of(), null));
    }
    if (news.size() == 1 && isBeanMethod(news.get(0))) {
      return Optional.of(new Reason(Reason.Kind.BEAN_METHOD, c.qualifiedName(), null, news.get(0).enclosing(), false,
          List.of(), null));
    }
    if (isStaticOnly(c)) {
      return Optional.of(new Reason(Reason.Kind.CREATED_IN_STATIC_INITIALIZER, c.qualifiedName(), null, null,
          c.constructorVisibility().isPublic(), List.of(), null));
    }
    return owned(c, news);
  }

  /**
   * Ownership: every instance of the class is created while a long-lived object is constructed
   * (its field initializers, constructors, instance initializers), so each lives as long as that
   * owner. The reason carries the chain of fields, {@code Registry.INSTANCE → keyLocks}.
   */
  private Optional<Reason> owned(ClassFact c, List<InstantiationFact> news) {
    Set<String> owners = new java.util.TreeSet<>();
    for (InstantiationFact i : news) {
      Member in = i.enclosing();
      if (i.lambda() != LambdaSite.NONE || !in.kind().isInstanceInitialization()
          || classes.isSameOrNestedIn(in.className(), c.qualifiedName())) {
        return Optional.empty();
      }
      owners.add(in.className());
    }
    Reason ownerReason = null;
    for (String owner : owners) {
      Optional<Reason> why = reason(owner);
      if (why.isEmpty() || isConvenienceInstance(owner) || !isMadeOnlyAtStartUp(owner)) {
        return Optional.empty(); // (an owner callers may also make for themselves: its helpers are theirs too)
      }
      ownerReason = ownerReason == null ? why.get() : ownerReason;
    }
    List<Link> links = links(c.qualifiedName());
    ownerLinks.put(c.qualifiedName(), links);
    return Optional.of(new Reason(Reason.Kind.OWNED, c.qualifiedName(), owners.iterator().next(), null, false, links,
        ownerReason));
  }

  /**
   * One step of the way from where an owner lives to an owned object: the chain's root (a static
   * field, or a singleton class reached otherwise: an enum, an annotated bean), then, per owner, the
   * field of the owner the next object is made for, or a note that it is made in the owner's
   * constructor (which field keeps it is not known here).
   *
   * @param owner the class that declares the static field (root), the root singleton class, or the
   *     owner whose instance keeps the object
   * @param field the field's name, or null (a root class; an object made in a constructor)
   * @param made the class the step reaches ({@code owner} for a root class)
   */
  public record Link(Kind kind, String owner, String field, String made) {
    public enum Kind { STATIC_FIELD, SINGLETON_CLASS, INSTANCE_FIELD, MADE_IN_CONSTRUCTOR }
  }

  /** Ownership chains as data, by owned class, filled as {@link #reason} finds them. */
  private final Map<String, List<Link>> ownerLinks = new HashMap<>();

  /**
   * For a class whose instances live only as part of a long-lived owner, the way from where the
   * owner lives to its instance ({@code Registry.INSTANCE → keyLocks}); empty for any other class.
   */
  public List<Link> ownerChain(String className) {
    reason(className);
    return ownerLinks.getOrDefault(className, List.of());
  }

  /**
   * Whether the analysed code makes instances of the class only while classes initialise, at
   * start-up, or while another object is constructed (a class with private constructors that a
   * static method makes anew on each call is no single owner).
   */
  private boolean isMadeOnlyAtStartUp(String className) {
    for (InstantiationFact i : instantiationsByType.getOrDefault(className, List.of())) {
      if (!i.isClassInitialization() && !isStartUp(i)
          && !(i.lambda() == LambdaSite.NONE && i.enclosing().kind().isInstanceInitialization())) {
        return false;
      }
    }
    return true;
  }

  /**
   * How a class's instance is reached from where it lives: the static field holding it, or its
   * owner's chain and the field it is made for ({@code Registry.INSTANCE → keyLocks}).
   */
  private List<Link> links(String className) {
    List<Link> out = new ArrayList<>();
    addLinks(className, new HashSet<>(), out);
    return List.copyOf(out);
  }

  private void addLinks(String className, Set<String> seen, List<Link> out) {
    List<InstantiationFact> news = instantiationsByType.getOrDefault(className, List.of());
    if (news.isEmpty() || !seen.add(className)) {
      out.add(new Link(Link.Kind.SINGLETON_CLASS, className, null, className));
      return;
    }
    Member in = news.get(0).enclosing();
    switch (in.kind()) {
      case STATIC_FIELD_INITIALIZER -> out.add(new Link(Link.Kind.STATIC_FIELD, in.className(), in.name(), className));
      case INSTANCE_FIELD_INITIALIZER -> {
        addLinks(in.className(), seen, out);
        out.add(new Link(Link.Kind.INSTANCE_FIELD, in.className(), in.name(), className));
      }
      case CONSTRUCTOR, INSTANCE_INITIALIZER -> {
        addLinks(in.className(), seen, out);
        out.add(new Link(Link.Kind.MADE_IN_CONSTRUCTOR, in.className(), null, className));
      }
      default -> out.add(new Link(Link.Kind.SINGLETON_CLASS, className, null, className));
    }
  }

  /**
   * A program's start-up: {@code main}, or a bootstrap, runner or launcher class's code (a service
   * wired by hand once), outside any lambda.
   */
  private boolean isStartUp(InstantiationFact i) {
    if (i.lambda() != LambdaSite.NONE) {
      return false;
    }
    Member m = i.enclosing();
    String owner = Names.simpleName(m.className());
    return m.kind() == MemberKind.METHOD && m.name().equals("main")
        || owner.endsWith("Bootstrap") || owner.endsWith("Runner") || owner.endsWith("Launcher")
        || isApplicationClass(m.className());
  }

  /** An application's entry class ({@link Catalog#isApplicationSupertype}), by the supertypes it declares. */
  private boolean isApplicationClass(String className) {
    ClassFact c = classes.find(className);
    return c != null && c.superTypes().stream().anyMatch(catalog::isApplicationSupertype);
  }

  /**
   * What a container's bean factory method ({@code @Bean}) returns, when its scope is the default,
   * singleton: the container calls it once and keeps it (an object the method only builds the bean
   * with is not the bean).
   */
  private boolean isBeanMethod(InstantiationFact i) {
    Member m = i.enclosing();
    if (methods == null || !i.returned() || i.lambda() != LambdaSite.NONE || m.kind() != MemberKind.METHOD) {
      return false;
    }
    MethodFact method = methods.find(m.className(), m.name());
    if (method == null || hasNonSingletonScope(method.annotations())) {
      return false;
    }
    return method.annotations().stream().anyMatch(a -> catalog.isBeanMethodAnnotation(a.name()))
        || method.annotations().stream().anyMatch(a -> catalog.isProviderMethodAnnotation(a.name()))
        && method.annotations().stream().anyMatch(a -> catalog.isSingletonAnnotation(a.name()) || isExtraSingletonAnnotation(a.name()));
  }

  /** Whether every instantiation of the class in the analysed code runs while a class initialises. */
  private boolean isStaticOnly(ClassFact c) {
    List<InstantiationFact> news = instantiationsByType.getOrDefault(c.qualifiedName(), List.of());
    return !news.isEmpty() && news.stream().allMatch(InstantiationFact::isClassInitialization);
  }

  /**
   * A convenience instance: a class whose static-held instances are its only ones in the analysed
   * code, but whose public constructor lets callers make their own ({@code Formatter.DEFAULT}). Its
   * collections are judged only by growth reached through the static instance (DESIGN.md section 3).
   */
  public boolean isConvenienceInstance(String className) {
    ClassFact c = classes.find(className);
    return c != null && c.kind() == ClassKind.CLASS && c.constructorVisibility().isPublic() && isStaticOnly(c)
        && reasonBeforeInstances(c) == null;
  }

  /** The reasons that make a class a singleton whatever its instantiations (annotations, servlets). */
  private String reasonBeforeInstances(ClassFact c) {
    for (AnnotationFact a : c.annotations()) {
      if (catalog.isSingletonAnnotation(a.name()) || isExtraSingletonAnnotation(a.name())) {
        return a.name();
      }
    }
    return singletonSupertype(c);
  }

  private boolean hasNonSingletonScope(ClassFact c) {
    return hasNonSingletonScope(c.annotations());
  }

  private boolean hasNonSingletonScope(List<AnnotationFact> annotations) {
    for (AnnotationFact a : annotations) {
      if (catalog.isNonSingletonScopeAnnotation(a.name())) {
        return true;
      }
      if (catalog.isScopeAnnotation(a.name())) {
        List<String> values = new ArrayList<>(a.value("value"));
        values.addAll(a.value("scopeName"));
        for (String v : values) {
          String scope = scopeName(v);
          if (!scope.isEmpty() && !scope.equals("singleton")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** {@code "prototype"}, {@code ConfigurableBeanFactory.SCOPE_PROTOTYPE} -> {@code prototype}. */
  static String scopeName(String written) {
    String s = written.trim();
    s = s.substring(s.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    return s.startsWith("scope_") ? s.substring("scope_".length()) : s;
  }

  private boolean isExtraSingletonAnnotation(String name) {
    for (String extra : options.singletonAnnotations()) {
      if (Names.matches(name, extra) || Names.matches(extra, name)) {
        return true;
      }
    }
    return false;
  }

  private String singletonSupertype(ClassFact start) {
    Set<String> seen = new HashSet<>();
    List<String> work = new ArrayList<>(start.superTypes());
    // the methods the class and its analysed supertypes declare (a servlet filter's doFilter)
    Set<String> declared = new HashSet<>(start.declaredMethods());
    for (int i = 0; i < work.size() && i < MAX_SUPERTYPE_DEPTH * 4; i++) {
      String s = work.get(i);
      if (!seen.add(s)) {
        continue;
      }
      ClassFact parent = classes.find(s);
      if (parent != null) {
        work.addAll(parent.superTypes());
        declared.addAll(parent.declaredMethods());
      }
    }
    for (String s : work) {
      if (catalog.isSingletonSupertype(s, declared)) {
        return s;
      }
    }
    return null;
  }
}
