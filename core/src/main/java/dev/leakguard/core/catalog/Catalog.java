package dev.leakguard.core.catalog;

import dev.leakguard.core.model.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything leakguard knows about library types: containers and their bounds, factories,
 * builders, and the annotations and supertypes that make a class a singleton. Lookups accept a
 * qualified name, or a simple name when a reader could not resolve one.
 */
public final class Catalog {
  private final Map<String, TypeEntry> types;
  private final Map<String, List<TypeEntry>> typesBySimpleName;
  private final Map<String, List<FactoryEntry>> factoriesByOwner;
  private final Map<String, BuilderFamily> buildersByOwner;
  private final Set<String> singletonAnnotations;
  private final Set<String> nonSingletonScopeAnnotations;
  private final Set<String> scopeAnnotations;
  private final Set<String> initializationAnnotations;
  private final Set<String> beanMethodAnnotations;
  private final Set<String> singletonSupertypes;
  /** Supertypes that make a singleton only of a class declaring the method given ({@code Filter}: {@code doFilter}). */
  private final Map<String, String> singletonSupertypesWithMethod;
  private final Set<String> providerMethodAnnotations;
  private final Set<String> scheduledAnnotations;
  /** An application's entry classes: what their methods make, they make once, at start-up. */
  private final Set<String> applicationSupertypes;
  /** Start-up callbacks: supertype (qualified) to the methods of it a container calls once, at start-up. */
  private final Map<String, Set<String>> startUpCallbacks;
  private final Set<String> boundedSupertypes;
  /** Static methods that grow or shrink a collection argument, by owner (qualified and simple) and method. */
  private final Map<String, List<HelperEntry>> helpersByOwnerMethod;
  /** Generated base classes whose subclasses a server keeps for its life, by the shape of their name. */
  private final List<java.util.regex.Pattern> singletonSupertypePatterns;
  /** Per-thread holders ({@code ThreadLocal}), qualified and simple, to their static factory taking a supplier. */
  private final Map<String, String> perThreadTypes;

  private Catalog(Builder b) {
    this.types = Map.copyOf(b.types);
    Map<String, List<TypeEntry>> bySimple = new HashMap<>();
    for (TypeEntry e : b.types.values()) {
      bySimple.computeIfAbsent(Names.simpleName(e.qualifiedName()), k -> new ArrayList<>()).add(e);
    }
    this.typesBySimpleName = Map.copyOf(bySimple);
    Map<String, List<FactoryEntry>> factories = new HashMap<>();
    for (FactoryEntry f : b.factories) {
      factories.computeIfAbsent(f.owner(), k -> new ArrayList<>()).add(f);
      factories.computeIfAbsent(Names.simpleName(f.owner()), k -> new ArrayList<>()).add(f);
    }
    this.factoriesByOwner = Map.copyOf(factories);
    Map<String, BuilderFamily> builders = new HashMap<>();
    for (BuilderFamily f : b.builders) {
      builders.put(f.owner(), f);
      builders.putIfAbsent(Names.simpleName(f.owner()), f);
    }
    this.buildersByOwner = Map.copyOf(builders);
    this.singletonAnnotations = Set.copyOf(b.singletonAnnotations);
    this.nonSingletonScopeAnnotations = Set.copyOf(b.nonSingletonScopeAnnotations);
    this.scopeAnnotations = Set.copyOf(b.scopeAnnotations);
    this.initializationAnnotations = Set.copyOf(b.initializationAnnotations);
    this.beanMethodAnnotations = Set.copyOf(b.beanMethodAnnotations);
    this.singletonSupertypes = Set.copyOf(b.singletonSupertypes);
    this.singletonSupertypesWithMethod = Map.copyOf(b.singletonSupertypesWithMethod);
    this.providerMethodAnnotations = Set.copyOf(b.providerMethodAnnotations);
    this.scheduledAnnotations = Set.copyOf(b.scheduledAnnotations);
    this.applicationSupertypes = Set.copyOf(b.applicationSupertypes);
    Map<String, Set<String>> callbacks = new HashMap<>();
    b.startUpCallbacks.forEach((type, methods) -> callbacks.put(type, Set.copyOf(methods)));
    this.startUpCallbacks = Map.copyOf(callbacks);
    this.boundedSupertypes = Set.copyOf(b.boundedSupertypes);
    Map<String, List<HelperEntry>> helpers = new HashMap<>();
    for (HelperEntry h : b.helpers) {
      helpers.computeIfAbsent(h.owner() + "#" + h.method(), k -> new ArrayList<>()).add(h);
      helpers.computeIfAbsent(Names.simpleName(h.owner()) + "#" + h.method(), k -> new ArrayList<>()).add(h);
    }
    this.helpersByOwnerMethod = Map.copyOf(helpers);
    this.singletonSupertypePatterns = List.copyOf(b.singletonSupertypePatterns);
    Map<String, String> perThread = new HashMap<>();
    b.perThreadTypes.forEach((type, factory) -> {
      perThread.put(type, factory);
      perThread.putIfAbsent(Names.simpleName(type), factory);
    });
    this.perThreadTypes = Map.copyOf(perThread);
  }

  /**
   * The default catalog. Order matters only for simple-name look-ups of types two libraries
   * both declare: the JDK first, then the libraries most used in services.
   */
  public static Catalog buildDefault() {
    Builder b = new Builder();
    new JdkCollections().contribute(b); // java.util, java.util.concurrent
    new GuavaCollections().contribute(b); // mutable collections, multimaps, Immutable*, EvictingQueue
    new CaffeineCaches().contribute(b); // Caffeine.newBuilder() chains
    new GuavaCaches().contribute(b); // CacheBuilder and MapMaker chains
    new Cache2kCaches().contribute(b); // bounded by default
    new CommonsCollections().contribute(b); // LRUMap, CircularFifoQueue, BoundedMap/BoundedCollection
    new PrimitiveCollections().contribute(b); // fastutil, Eclipse Collections, HPPC, Trove, Agrona
    new SpringFramework().contribute(b); // stereotypes, scopes, ConcurrentMapCache, ConcurrentReferenceHashMap
    new JakartaAndGuice().contribute(b); // @Singleton, @ApplicationScoped, @PostConstruct, servlets
    new GrpcServices().contribute(b); // generated service bases
    return b.build();
  }

  /** Whether the catalog knows a class by this qualified name: a container, a cache builder or a factory's owner. */
  public boolean knowsTypeName(String qualifiedName) {
    return type(qualifiedName) != null || builder(qualifiedName) != null || factory(qualifiedName, "*") != null
        || factory(qualifiedName, "of") != null;
  }

  /**
   * The simple names of the types, factory owners and builders that can yield a judged verdict
   * (unbounded, an unbounded cache, weak): a file that mentions none of them cannot declare a
   * holder the catalog would judge on its own (wrappers and immutable factories need an inner
   * value that does; per-thread types are named too, since their value may be made in a body).
   */
  public Set<String> judgedSimpleNames() {
    Set<String> names = new java.util.TreeSet<>();
    types.values().stream().filter(e -> e.verdict().isJudged()).forEach(e -> names.add(Names.simpleName(e.qualifiedName())));
    // A factory is named by its method where that is distinctive (Sets.newHashSet: "Sets" also
    // starts sentences in comments), by its owner otherwise (HashMultimap.create).
    factoriesByOwner.values().forEach(list -> list.stream()
        .filter(f -> f.verdict() != null && f.verdict().isJudged())
        .forEach(f -> names.add(f.method().equals("*") || f.method().equals("create") ? Names.simpleName(f.owner()) : f.method())));
    buildersByOwner.keySet().forEach(n -> names.add(Names.simpleName(n)));
    // a thread-local's collection may be made inside an anonymous body (initialValue())
    perThreadTypes.keySet().forEach(n -> names.add(Names.simpleName(n)));
    return names;
  }

  public TypeEntry type(String name) {
    TypeEntry exact = types.get(name);
    if (exact != null || name.indexOf('.') >= 0) {
      return exact;
    }
    List<TypeEntry> candidates = typesBySimpleName.get(name);
    return candidates == null ? null : candidates.get(0);
  }

  public FactoryEntry factory(String owner, String method) {
    List<FactoryEntry> entries = factoriesByOwner.get(owner);
    if (entries == null && owner.indexOf('.') >= 0) {
      return null;
    }
    if (entries == null) {
      return null;
    }
    FactoryEntry wildcard = null;
    for (FactoryEntry f : entries) {
      if (!Names.matches(owner, f.owner())) {
        continue;
      }
      if (f.method().equals(method)) {
        return f;
      }
      if (f.method().equals("*")) {
        wildcard = f;
      }
    }
    return wildcard;
  }

  public BuilderFamily builder(String owner) {
    BuilderFamily f = buildersByOwner.get(owner);
    return f != null && Names.matches(owner, f.owner()) ? f : null;
  }

  /** Annotations match by simple name (DESIGN.md: "by simple or qualified name"). */
  public boolean isSingletonAnnotation(String name) {
    return matchesSimpleName(name, singletonAnnotations);
  }

  public boolean isNonSingletonScopeAnnotation(String name) {
    return matchesSimpleName(name, nonSingletonScopeAnnotations);
  }

  /** Annotations whose value names a scope ({@code @Scope("prototype")}). */
  public boolean isScopeAnnotation(String name) {
    return matchesSimpleName(name, scopeAnnotations);
  }

  /** Annotations of a method the container calls once after construction. */
  public boolean isInitializationAnnotation(String name) {
    return matchesSimpleName(name, initializationAnnotations);
  }

  /** Annotations of a method whose result the container keeps as a singleton bean ({@code @Bean}). */
  public boolean isBeanMethodAnnotation(String name) {
    return matchesSimpleName(name, beanMethodAnnotations);
  }

  /**
   * Annotations of a provider method ({@code @Provides}) whose result the injector keeps only when
   * the method also carries a singleton annotation; else it provides a new one per injection.
   */
  public boolean isProviderMethodAnnotation(String name) {
    return matchesSimpleName(name, providerMethodAnnotations);
  }

  /**
   * Whether a class extending {@code name} is an application's entry class, whose methods a
   * framework calls once to set the application up ({@code run(configuration, environment)},
   * {@code getSingletons()}, a resource configuration's constructor).
   */
  public boolean isApplicationSupertype(String name) {
    return matchesSimpleName(name, applicationSupertypes);
  }

  /** Annotations of a method a scheduler runs every so often, for the application's life. */
  public boolean isScheduledAnnotation(String name) {
    return matchesSimpleName(name, scheduledAnnotations);
  }

  private static boolean matchesSimpleName(String name, Set<String> qualifiedNames) {
    String simple = Names.simpleName(name);
    for (String q : qualifiedNames) {
      if (Names.simpleName(q).equals(simple)) {
        return true;
      }
    }
    return false;
  }

  /** Supertypes whose subclasses live as long as the application (servlets). */
  public boolean isSingletonSupertype(String name) {
    if (matchesAny(name, singletonSupertypes)) {
      return true;
    }
    for (java.util.regex.Pattern p : singletonSupertypePatterns) {
      if (p.matcher(name).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a class extending or implementing {@code name} and declaring {@code declaredMethods}
   * lives as long as the application: a supertype of {@link #isSingletonSupertype}, or one whose
   * name is common ({@code Filter}) together with the method that makes it the container's
   * ({@code doFilter}).
   */
  public boolean isSingletonSupertype(String name, Set<String> declaredMethods) {
    if (isSingletonSupertype(name)) {
      return true;
    }
    for (Map.Entry<String, String> e : singletonSupertypesWithMethod.entrySet()) {
      if (declaredMethods.contains(e.getValue()) && Names.matches(name, e.getKey())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code method} of a class extending or implementing {@code supertype} is a start-up
   * callback: the container calls it once, while the application starts ({@code Servlet.init},
   * {@code InitializingBean.afterPropertiesSet}, {@code CommandLineRunner.run}).
   */
  public boolean isStartUpCallback(String supertype, String method) {
    for (Map.Entry<String, Set<String>> e : startUpCallbacks.entrySet()) {
      if (e.getValue().contains(method) && matchesAny(supertype, Set.of(e.getKey()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * What a library's static method does to the collection passed at {@code index} (see {@link
   * HelperEntry}), for a call whose class is one of {@code owners} (qualified, or a simple name a
   * reader could not resolve); null when the catalog knows no such method.
   */
  public HelperEntry helper(List<String> owners, String method, int index) {
    for (String owner : owners) {
      for (HelperEntry h : helpersByOwnerMethod.getOrDefault(owner + "#" + method, List.of())) {
        if (h.index() == index && Names.matches(owner, h.owner())) {
          return h;
        }
      }
    }
    return null;
  }

  /** Supertypes that promise a bound (Commons Collections' BoundedMap, BoundedCollection). */
  /**
   * Whether a value of this type holds one value per thread ({@code ThreadLocal}): what a holder
   * of it grows is the calling thread's value, which lives as long as the thread.
   */
  public boolean isPerThreadType(String name) {
    return name != null && perThreadTypes.containsKey(name);
  }

  /** Whether {@code owner.method(supplier)} makes a per-thread holder whose values the supplier makes ({@code ThreadLocal.withInitial}). */
  public boolean isPerThreadFactory(String owner, String method) {
    return owner != null && method.equals(perThreadTypes.get(owner));
  }

  public boolean isBoundedSupertype(String name) {
    return matchesAny(name, boundedSupertypes);
  }

  private static boolean matchesAny(String name, Set<String> qualifiedNames) {
    if (qualifiedNames.contains(name)) {
      return true;
    }
    if (name.indexOf('.') >= 0) {
      return false;
    }
    for (String q : qualifiedNames) {
      if (Names.matches(name, q)) {
        return true;
      }
    }
    return false;
  }

  /** Collects library knowledge; later entries for the same qualified type replace earlier ones. */
  public static final class Builder {
    private final Map<String, TypeEntry> types = new HashMap<>();
    private final List<FactoryEntry> factories = new ArrayList<>();
    private final List<BuilderFamily> builders = new ArrayList<>();
    private final Set<String> singletonAnnotations = new LinkedHashSet<>();
    private final Set<String> nonSingletonScopeAnnotations = new LinkedHashSet<>();
    private final Set<String> scopeAnnotations = new LinkedHashSet<>();
    private final Set<String> initializationAnnotations = new LinkedHashSet<>();
    private final Set<String> beanMethodAnnotations = new LinkedHashSet<>();
    private final Set<String> singletonSupertypes = new LinkedHashSet<>();
    private final Map<String, String> singletonSupertypesWithMethod = new HashMap<>();
    private final Set<String> providerMethodAnnotations = new LinkedHashSet<>();
    private final Set<String> scheduledAnnotations = new LinkedHashSet<>();
    private final Set<String> applicationSupertypes = new LinkedHashSet<>();
    private final Set<String> boundedSupertypes = new LinkedHashSet<>();
    private final Map<String, String> perThreadTypes = new HashMap<>();
    private final List<java.util.regex.Pattern> singletonSupertypePatterns = new ArrayList<>();
    private final Map<String, Set<String>> startUpCallbacks = new HashMap<>();
    private final List<HelperEntry> helpers = new ArrayList<>();

    public Builder type(String qualifiedName, Verdict verdict, Shape shape, String reason) {
      types.put(qualifiedName, new TypeEntry(qualifiedName, verdict, shape, false, reason));
      return this;
    }

    /** A type that a capacity argument bounds and that is unbounded without one. */
    public Builder typeWithCapacity(String qualifiedName, Shape shape, String reason) {
      types.put(qualifiedName, new TypeEntry(qualifiedName, Verdict.UNBOUNDED, shape, true, reason));
      return this;
    }

    public Builder factory(String owner, String method, Verdict verdict, Shape shape, String reason) {
      factories.add(FactoryEntry.fixed(owner, method, verdict, shape, reason));
      return this;
    }

    public Builder factoryWithCapacity(String owner, String method, Shape shape, String reason) {
      factories.add(new FactoryEntry(owner, method, Verdict.UNBOUNDED, shape, false, true, reason));
      return this;
    }

    /** A factory as bounded as its first argument; {@code shape} null keeps the argument's. */
    public Builder wrapper(String owner, String method, Shape shape) {
      factories.add(FactoryEntry.wrapper(owner, method, shape));
      return this;
    }

    /**
     * Supertypes a code generator names by convention, matched on the name as written or resolved
     * ({@code GreeterGrpc.GreeterImplBase}): a subclass lives as long as the server it is added to.
     */
    public Builder singletonSupertypePattern(String regex) {
      singletonSupertypePatterns.add(java.util.regex.Pattern.compile(regex));
      return this;
    }

    /** A type holding one value per thread, and its static factory that takes the supplier of each thread's value. */
    public Builder perThread(String qualifiedName, String supplierFactory) {
      perThreadTypes.put(qualifiedName, supplierFactory);
      return this;
    }

    public Builder builder(BuilderFamily family) {
      builders.add(family);
      return this;
    }

    public Builder singletonAnnotation(String qualifiedName) {
      singletonAnnotations.add(qualifiedName);
      return this;
    }

    public Builder nonSingletonScopeAnnotation(String qualifiedName) {
      nonSingletonScopeAnnotations.add(qualifiedName);
      return this;
    }

    public Builder scopeAnnotation(String qualifiedName) {
      scopeAnnotations.add(qualifiedName);
      return this;
    }

    public Builder initializationAnnotation(String qualifiedName) {
      initializationAnnotations.add(qualifiedName);
      return this;
    }

    public Builder beanMethodAnnotation(String qualifiedName) {
      beanMethodAnnotations.add(qualifiedName);
      return this;
    }

    public Builder singletonSupertype(String qualifiedName) {
      singletonSupertypes.add(qualifiedName);
      return this;
    }

    /** A supertype whose subclasses are singletons when they declare {@code method} (its name is common elsewhere). */
    public Builder singletonSupertype(String qualifiedName, String method) {
      singletonSupertypesWithMethod.put(qualifiedName, method);
      return this;
    }

    /** An annotation that makes a scheduler run the method every so often ({@code @Scheduled}). */
    public Builder applicationSupertype(String qualifiedName) {
      applicationSupertypes.add(qualifiedName);
      return this;
    }

    public Builder scheduledAnnotation(String qualifiedName) {
      scheduledAnnotations.add(qualifiedName);
      return this;
    }

    /** A provider method's annotation ({@code @Provides}): its result is kept when the method is also a singleton. */
    public Builder providerMethodAnnotation(String qualifiedName) {
      providerMethodAnnotations.add(qualifiedName);
      return this;
    }

    /** Methods of {@code supertype} (qualified) that a container calls once, at start-up. */
    public Builder startUpCallback(String supertype, String... methods) {
      startUpCallbacks.computeIfAbsent(supertype, k -> new LinkedHashSet<>()).addAll(List.of(methods));
      return this;
    }

    public Builder boundedSupertype(String qualifiedName) {
      boundedSupertypes.add(qualifiedName);
      return this;
    }

    /** A static method that acts on its {@code index}th argument as that collection's {@code call} would. */
    public Builder helper(String owner, String method, int index, String call, int callArity) {
      helpers.add(new HelperEntry(owner, method, index, call, callArity));
      return this;
    }

    public Catalog build() {
      return new Catalog(this);
    }
  }
}
