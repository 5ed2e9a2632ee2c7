package dev.leakguard.core;

import dev.leakguard.core.analysis.ClassIndex;
import dev.leakguard.core.analysis.ConstantCallers;
import dev.leakguard.core.analysis.Documentation;
import dev.leakguard.core.analysis.EvictionReach;
import dev.leakguard.core.analysis.Guards;
import dev.leakguard.core.analysis.InitContexts;
import dev.leakguard.core.analysis.KeyDomain;
import dev.leakguard.core.analysis.LazyInstances;
import dev.leakguard.core.analysis.MethodIndex;
import dev.leakguard.core.analysis.OwnerPaths;
import dev.leakguard.core.analysis.ProcessSetup;
import dev.leakguard.core.analysis.ProjectContainers;
import dev.leakguard.core.analysis.References;
import dev.leakguard.core.analysis.RegistrationMethods;
import dev.leakguard.core.analysis.Singletons;
import dev.leakguard.core.analysis.StaticInstanceReach;
import dev.leakguard.core.analysis.Suppressions;
import dev.leakguard.core.analysis.ThreadValues;
import dev.leakguard.core.analysis.ValueClassifier;
import dev.leakguard.core.catalog.Catalog;
import dev.leakguard.core.catalog.Classification;
import dev.leakguard.core.catalog.Effect;
import dev.leakguard.core.catalog.MethodSemantics;
import dev.leakguard.core.model.Access;
import dev.leakguard.core.catalog.Shape;
import dev.leakguard.core.catalog.Verdict;
import dev.leakguard.core.model.CallFact;
import dev.leakguard.core.model.ClassFact;
import dev.leakguard.core.model.Expr;
import dev.leakguard.core.model.Facts;
import dev.leakguard.core.model.HolderFact;
import dev.leakguard.core.model.Location;
import dev.leakguard.core.model.Member;
import dev.leakguard.core.model.Names;
import dev.leakguard.core.model.TypeRef;
import dev.leakguard.core.model.UseFact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one judgement: turns a reader's {@link Facts} into findings. A pure function of facts and
 * options: no parser types, no I/O, deterministic order.
 */
public final class Judge {
  private static final Set<String> MEMBERSHIP_QUERIES = Set.of("contains", "indexOf", "lastIndexOf");
  /** Calls that append one element to a list or queue (not {@code addAll}: its argument is no element). */
  private static final Set<String> APPENDS = Set.of("add", "addFirst", "addLast", "offer", "offerFirst", "offerLast",
      "push", "put");

  private static final Catalog DEFAULT_CATALOG = Catalog.buildDefault();

  private final Catalog catalog;
  private final Options options;
  private final boolean wholeProgram;
  /** For a whole program: the method names some file calls without declaring a method of that name. */
  private final Set<String> calledAcrossFiles;

  public Judge(Options options) {
    this(DEFAULT_CATALOG, options);
  }

  public Judge(Catalog catalog, Options options) {
    this(catalog, options, false, null);
  }

  private Judge(Catalog catalog, Options options, boolean wholeProgram, Set<String> calledAcrossFiles) {
    this.catalog = catalog;
    this.options = options;
    this.wholeProgram = wholeProgram;
    this.calledAcrossFiles = calledAcrossFiles;
  }

  /**
   * A judge for facts that are every main source of a program (the analyzer), not one file: what
   * nothing in them calls has no caller in production unless code outside may call it.
   * {@code calledAcrossFiles} are the method names called from a file that does not declare them:
   * a package-private method whose name is not among them is called only from its own file, so,
   * like a private one, it runs only during initialisation if its callers there do.
   */
  public Judge wholeProgram(Set<String> calledAcrossFiles) {
    return new Judge(catalog, options, true, Set.copyOf(calledAcrossFiles));
  }

  /** Classes without a public constructor that the analysed code never instantiates at run time. */
  private static Set<String> classesMadeOnlyAsConstants(Facts facts, Set<String> madeAtRunTime) {
    Set<String> out = new HashSet<>();
    for (ClassFact c : facts.classes()) {
      if (!c.constructorVisibility().isPublic() && !madeAtRunTime.contains(c.qualifiedName())) {
        out.add(c.qualifiedName());
      }
    }
    return out;
  }

  public List<Finding> judge(Facts facts) {
    return judge(facts, Set.of());
  }

  /**
   * Judges facts some of which come from upstream modules ({@code upstreamFiles}, by the file names
   * their locations carry): they take part in resolution like any other, but a holder declared
   * upstream is reported only with its growth sites outside those files (the upstream module's own
   * build judges the rest), and never in strict mode or for a blank documented bound.
   *
   * <p>A judgement whose thread is interrupted stops at its next step with a {@link
   * java.util.concurrent.CancellationException} (the analyzer judges while it checks that its
   * facts are complete, and throws the judgement away when they are not).
   */
  public List<Finding> judge(Facts facts, Set<String> upstreamFiles) {
    ClassIndex classes = new ClassIndex(facts.classes());
    ValueClassifier values = new ValueClassifier(catalog, classes, options);
    References refs = References.of(facts, classes, catalog);
    stopIfInterrupted();
    Map<String, List<UseFact>> usesByHolder = new HashMap<>();
    List<UseFact> resolved = refs.uses(facts);
    stopIfInterrupted();
    for (UseFact u : resolved) {
      usesByHolder.computeIfAbsent(u.holder(), k -> new ArrayList<>()).add(u);
    }
    Map<String, HolderFact> holdersById = new HashMap<>();
    facts.holders().forEach(h -> holdersById.putIfAbsent(h.id(), h));
    usesByHolder.replaceAll((id, uses) ->
        isPerThread(holdersById.get(id)) ? ThreadValues.asUsesOfTheThreadsValue(uses) : uses);
    Guards guards = new Guards(holdersById, usesByHolder);
    MethodIndex methods = new MethodIndex(facts.methods());
    Singletons singletons = new Singletons(catalog, classes, options, facts.instantiations(),
        new LazyInstances(classes, facts.holders(), usesByHolder, guards, facts.instantiations(), facts.locals()), methods);
    List<CallFact> calls = new ArrayList<>(facts.calls().size());
    for (CallFact c : facts.calls()) {
      calls.add(c.guards().isEmpty() ? c : new CallFact(c.caller(), c.targetClass(), c.methodName(), refs.guards(c.guards())));
    }
    InitContexts init = new InitContexts(catalog, classes, methods, calls, facts.instantiations(), guards,
        calledAcrossFiles, facts.invokedMethods(), new ProcessSetup(facts.refUses()), singletons,
        new ConstantCallers(methods, facts.locals(), facts.passed(), calledAcrossFiles != null), facts.passed(),
        facts.parameters());
    StaticInstanceReach reach = new StaticInstanceReach(classes, facts.holders(), usesByHolder, calls);
    Set<String> constantsOnly = classesMadeOnlyAsConstants(facts, refs.madeAtRunTime());
    EvictionReach evictionReach = new EvictionReach(methods, facts.invokedMethods(), wholeProgram);
    ProjectContainers containers = new ProjectContainers(classes, values, singletons, facts.holders(), usesByHolder, calls);
    OwnerPaths ownerPaths = new OwnerPaths(singletons, classes, facts.holders());
    stopIfInterrupted();
    List<Finding> findings = new ArrayList<>();
    for (HolderFact h : facts.holders()) {
      stopIfInterrupted();
      judgeHolder(h, usesByHolder.getOrDefault(h.id(), List.of()), classes, values, singletons, init, guards, reach,
          constantsOnly, evictionReach, containers, ownerPaths, upstreamFiles)
          .ifPresent(findings::add);
    }
    findings.sort(Finding.ORDER);
    return findings;
  }

  /** A {@code ThreadLocal} holder: its uses are read as uses of each thread's value ({@link ThreadValues}). */
  private boolean isPerThread(HolderFact h) {
    return h != null && h.declaredType() != null && catalog.isPerThreadType(h.declaredType().name());
  }

  private static void stopIfInterrupted() {
    if (Thread.currentThread().isInterrupted()) {
      throw new java.util.concurrent.CancellationException("judgement interrupted");
    }
  }

  private Optional<Finding> judgeHolder(
      HolderFact h, List<UseFact> uses, ClassIndex classes, ValueClassifier values, Singletons singletons, InitContexts init,
      Guards guards, StaticInstanceReach reach, Set<String> constantsOnly, EvictionReach evictionReach,
      ProjectContainers containers, OwnerPaths ownerPaths, Set<String> upstreamFiles) {
    boolean upstream = upstreamFiles.contains(h.location().file());
    List<String> steps = new ArrayList<>();
    String singletonClass = null;
    if (h.isStatic()) {
      steps.add(Explanation.isStatic(h));
    } else {
      Optional<Singletons.Reason> why = singletons.reason(h.declaringClass());
      if (why.isPresent()) {
        singletonClass = h.declaringClass();
        steps.add(Explanation.singleton(why.get()));
      } else {
        // A base class's field lives in every instance of its subclasses: in a singleton's, for good.
        Optional<Singletons.Inheritor> heir = singletons.inheritor(h.declaringClass());
        if (heir.isEmpty()) {
          return Optional.empty();
        }
        singletonClass = heir.get().subclass();
        steps.add(Explanation.inheritedBySingleton(h, singletonClass));
        steps.add(Explanation.singleton(heir.get().reason()));
      }
    }

    Classification c = classifyHolder(h, uses, classes, values);
    ProjectContainers.Container container = null;
    if (c.verdict() == Verdict.UNKNOWN) {
      container = containers.of(valueType(h)).orElse(null);
      if (container != null) {
        c = container.classification();
      }
    }
    if (!c.verdict().isJudged()) {
      return Optional.empty();
    }
    // where a tool finds the holder at run time (data next to the explanation's text)
    List<String> ownerPath = singletonClass == null ? List.of() : ownerPaths.of(singletonClass);
    String containerField = container == null ? null : container.field().name();
    boolean weak = c.verdict() == Verdict.WEAK;
    boolean valueHoldsKey = weak && uses.stream().anyMatch(UseFact::valueHoldsKey);
    if (weak && options.weakCollectionsEvict() && !valueHoldsKey) {
      // Weak and soft references evict, in strict mode too (the option says so).
      return Optional.empty();
    }
    boolean cache = c.verdict() == Verdict.UNBOUNDED_CACHE;
    RuleId rule = cache ? RuleId.UnboundedCacheBuilder
        : singletonClass != null ? RuleId.UnboundedSingletonCollection : RuleId.UnboundedStaticCollection;
    if (Suppressions.isSuppressed(h, rule, classes)) {
      return Optional.empty();
    }
    steps.add(Explanation.holds(c));
    if (valueHoldsKey) {
      steps.add(Explanation.valuesHoldKeys());
      weak = false;
    }
    String subject = Messages.subject(h, c, singletonClass, isPerThread(h));

    Documentation.Bound bound = Documentation.of(h);
    if (bound.state() == Documentation.State.DOCUMENTED) {
      return Optional.empty();
    }
    Set<String> onStaticInstance = singletonClass != null && singletons.isConvenienceInstance(singletonClass)
        ? reach.methods(singletonClass) : null;
    UseSummary summary = summarize(h, c.shape(), uses, init, guards, singletonClass, onStaticInstance, classes,
        constantsOnly, evictionReach, container);
    steps.addAll(summary.notes);
    if (bound.state() == Documentation.State.BLANK && !upstream) {
      // Reported whatever the growth evidence: the author claimed a bound and wrote none.
      steps.add(Explanation.blankBound(bound.text()));
      List<GrowthSite> sites = summary.eviction == null ? summary.growth : List.of();
      return Optional.of(new Finding(rule, FindingKind.BLANK_REASON, Confidence.NORMAL, h.id(), h.location(),
          sites, Messages.blankReason(subject, bound.text()), steps, ownerPath, containerField));
    }

    if (summary.eviction != null) {
      return Optional.empty();
    }
    List<GrowthSite> sites = upstream
        ? summary.growth.stream().filter(g -> !upstreamFiles.contains(g.location().file())).toList()
        : summary.growth;
    if (sites.isEmpty()) {
      if (options.requireGrowthEvidence() || upstream) {
        return Optional.empty();
      }
      steps.add(Explanation.strictNoGrowth());
      return Optional.of(new Finding(rule, cache ? FindingKind.UNBOUNDED_CACHE : FindingKind.STRICT,
          Confidence.NORMAL, h.id(), h.location(), List.of(), Messages.strict(subject, cache, weak), steps, ownerPath, containerField));
    }
    GrowthSite first = sites.get(0);
    Confidence confidence = first.fromInput() ? Confidence.HIGH : Confidence.NORMAL;
    steps.add(Explanation.growsAt(first));
    steps.add(Explanation.confidence(confidence, first));
    steps.add(Explanation.nothingEvicts());
    return Optional.of(new Finding(rule, cache ? FindingKind.UNBOUNDED_CACHE : FindingKind.GROWTH, confidence,
        h.id(), h.location(), sites, Messages.growth(subject, first, cache, isPerThread(h), c.shape() == Shape.LISTENERS),
        steps, ownerPath, containerField));
  }

  /**
   * The holder's value: the worst of its initializer and every value assigned to it, else its
   * declared type when that is a concrete container; enum- or boolean-keyed maps and sets are
   * bounded.
   */
  private Classification classifyHolder(HolderFact h, List<UseFact> uses, ClassIndex classes, ValueClassifier values) {
    List<Expr> assigned = new ArrayList<>();
    if (h.initializer() != null) {
      assigned.add(h.initializer());
    }
    for (UseFact u : uses) {
      if (u.isAssignment() && u.assigned() != null) {
        assigned.add(u.assigned());
      }
    }
    Classification best = Classification.UNKNOWN;
    Expr bestExpr = null;
    for (Expr value : assigned) {
      Expr e = value instanceof Expr.Choice choice ? values.worstOption(choice) : value;
      Classification c = values.classify(e);
      if (c.verdict().severity() > best.verdict().severity()) {
        best = c;
        bestExpr = e;
      }
    }
    if (best.verdict() == Verdict.UNKNOWN) {
      best = values.classifyDeclaredType(h.declaredType());
    }
    for (int i = 0; best.verdict() == Verdict.UNKNOWN && i < assigned.size(); i++) {
      best = values.classifyUnknownFactory(assigned.get(i), h.declaredType());
    }
    if (best.verdict() == Verdict.UNBOUNDED && hasFiniteKeys(h.declaredType(), bestExpr, best.shape(), classes)) {
      return best.withVerdict(Verdict.BOUNDED, "has enum or boolean keys");
    }
    return best;
  }

  private static boolean hasFiniteKeys(TypeRef declared, Expr value, Shape shape, ClassIndex classes) {
    if (shape != Shape.MAP && shape != Shape.SET) {
      return false;
    }
    List<TypeRef> args = value instanceof Expr.New n ? n.type().arguments() : List.of();
    if (args.isEmpty() && declared != null) {
      args = declared.arguments();
    }
    if (args.isEmpty()) {
      return false;
    }
    TypeRef key = args.get(0);
    String simple = Names.simpleName(key.name());
    return key.knownEnum() || simple.equals("Boolean") || simple.equals("boolean") || classes.isEnum(key.name());
  }

  private static final class UseSummary {
    final List<GrowthSite> growth = new ArrayList<>();
    /** What the explanation should say about uses that were set aside. */
    final List<String> notes = new ArrayList<>();
    String eviction;
  }

  /**
   * @param onStaticInstance for a convenience instance, the methods of its class that run on the
   *     static-held instance (growth in its other methods happens on callers' own instances); else null
   */
  private UseSummary summarize(HolderFact h, Shape shape, List<UseFact> allUses, InitContexts init, Guards guards,
      String singletonClass, Set<String> onStaticInstance, ClassIndex classes, Set<String> constantsOnly,
      EvictionReach evictionReach, ProjectContainers.Container container) {
    UseSummary s = new UseSummary();
    List<UseFact> uses = new ArrayList<>(allUses.size());
    for (UseFact u : allUses) {
      if (guards.isDead(u.guards())) {
        continue; // code a constant switches off never runs
      }
      EvictionReach.Unreachable unreachable = isEviction(u, shape) ? evictionReach.unreachable(u.enclosing()) : null;
      if (unreachable != null) {
        // (growth there is still reported: a caller may be reflective or generated, and a finding can be read)
        s.notes.add(Explanation.removalSetAside(u.location(), u.enclosing().name(), unreachable));
        continue;
      }
      // Growth in a convenience instance's other methods happens on callers' own instances; a
      // removal there may still run on the static one (its public methods are anyone's to call).
      if (onStaticInstance != null && !isEviction(u, shape) && classes.isSameOrNestedIn(u.enclosing().className(), singletonClass)
          && u.enclosing().kind() == dev.leakguard.core.model.MemberKind.METHOD && !onStaticInstance.contains(u.enclosing().name())) {
        continue;
      }
      uses.add(u);
    }
    Set<Member> sizeChecked = new HashSet<>();
    // Members that ask a list whether it already holds something before they add: a set in effect.
    Set<Member> membershipChecked = new HashSet<>();
    for (UseFact u : uses) {
      if (!u.isAssignment() && u.comparedInCondition()
          && MethodSemantics.effectOf(u.calls(), u.arity(), shape, u.prefixSize()) == Effect.SIZE) {
        sizeChecked.add(u.enclosing());
      }
      if (!u.isAssignment() && u.calls().size() == 1 && MEMBERSHIP_QUERIES.contains(u.calls().get(0))) {
        membershipChecked.add(u.enclosing());
      }
    }
    // A nested collection a method takes an element from and adds one to (a pool: take one, or
    // make one when it is empty, and give it back) holds at most what its users hold at once.
    Set<String> takenFrom = new HashSet<>();
    for (UseFact u : uses) {
      if (!u.isAssignment() && u.calls().size() >= 2 && MethodSemantics.isTakingCall(u.calls().get(u.calls().size() - 1))) {
        takenFrom.add(nestedPath(u));
      }
    }
    boolean createdOnlyWhenSwitchedOn = guards.isCreatedOnlyWhenSwitchedOn(h);
    boolean createdDuringInit = h.initializer() != null && !isNull(h.initializer());
    List<UseFact> runtimeCreations = new ArrayList<>();
    for (UseFact u : uses) {
      boolean initialisation = !u.deferred() && (init.isInitialization(u.enclosing(), singletonClass)
          || init.isInitializationUnderFlag(u.enclosing(), u.guards())
          || addsConstants(u) && (guards.isLazyFillOf(h.id(), u.guards()) || guards.isOneTime(u.guards(), singletonClass)));
      if (u.isAssignment()) {
        if (initialisation) {
          createdDuringInit |= !isNull(u.assigned());
        } else if (isNull(u.assigned())) {
          s.eviction = "set to null at " + u.location();
        } else {
          runtimeCreations.add(u);
        }
        continue;
      }
      Effect effect = container != null ? container.effectOf(u)
          : MethodSemantics.effectOf(u.calls(), u.arity(), shape, u.prefixSize());
      if (effect == Effect.GROW && u.calls().size() >= 2 && takenFrom.contains(nestedPath(u))) {
        continue; // a pool handing back what it took (or made in its place): balanced
      }
      if (effect == Effect.SHRINK) {
        s.eviction = "'" + u.calls().get(u.calls().size() - 1) + "' at " + u.location();
      } else if (effect == Effect.GROW && !initialisation) {
        if (sizeChecked.contains(u.enclosing())) {
          s.eviction = "growth at " + u.location() + " is guarded by a size check";
        }
        String switchName = guards.switchedOnBy(u.guards());
        if (switchName == null && createdOnlyWhenSwitchedOn) {
          switchName = "the configuration that creates it";
        }
        boolean keepsDuplicates = isSequence(shape) && u.calls().size() == 1 && APPENDS.contains(u.calls().get(0))
            && !membershipChecked.contains(u.enclosing());
        boolean configures = isSetter(u.enclosing())
            && (u.enclosing().className().equals(singletonClass) || u.enclosing().name().startsWith("setDefault"));
        s.growth.add(site(u, init, switchName, constantsOnly, keepsDuplicates ? shape : null, configures,
            isKeyedByItsKeys(shape)));
      }
    }
    // A fresh collection assigned at run time resets the holder, unless that assignment is the
    // only creation there is (lazy initialisation).
    if (runtimeCreations.size() > (createdDuringInit ? 0 : 1)) {
      s.eviction = "reassigned at " + runtimeCreations.get(0).location();
    }
    s.growth.sort(Comparator.comparing((GrowthSite g) -> !g.fromInput()).thenComparing(GrowthSite::location));
    if (container != null && !s.growth.isEmpty()) {
      addWrapperSites(s, container, uses);
    }
    return s;
  }

  /**
   * A growth site and its confidence (DESIGN.md section 4): the domain of what it adds decides when
   * the code shows it (unbounded by construction: high; finite or a registration: normal); else
   * input decides: a value from a parameter of a non-private method (or of a stored lambda, which
   * anyone holding it may call) is high, unless the method configures, registers, is a protected
   * hook its class never calls, is out of reach of run-time callers, is a static method every call
   * of which passes constants, or sets up the process (normal).
   *
   * @param appendedTo the shape of a list or queue this use appends to directly, with no membership
   *     check first: a finite domain does not bound it (duplicates pile up); else null
   * @param configures the use is in a setter that configures (a singleton's own, or {@code setDefault*})
   */
  private static GrowthSite site(UseFact u, InitContexts init, String diagnosticSwitch, Set<String> constantsOnly,
      Shape appendedTo, boolean configures, boolean keyedByItsKeys) {
    String call = String.join(".", u.calls());
    String member = u.enclosing().displayName();
    KeyDomain key = u.key();
    if (diagnosticSwitch != null) {
      return new GrowthSite(u.location(), member, call, false, Explanation.diagnosticSwitch(diagnosticSwitch));
    }
    if (u.enclosing().kind().isInstanceInitialization() && constantsOnly.contains(u.enclosing().className())) {
      return new GrowthSite(u.location(), member, call, false, Explanation.oneEntryPerConstant(u.enclosing().className()));
    }
    if (key.kind() == KeyDomain.Kind.UNBOUNDED) {
      return new GrowthSite(u.location(), member, call, true, key.reason());
    }
    if (appendedTo != null && init.runsOnSchedule(u.enclosing())) {
      return new GrowthSite(u.location(), member, call, true, Explanation.scheduledAppend(member, appendedTo.noun()));
    }
    boolean fromInput = u.argumentFromParameter() && (u.deferred() || init.isNonPrivateMethod(u.enclosing()));
    if (key.kind() == KeyDomain.Kind.FINITE && appendedTo != null && fromInput) {
      return new GrowthSite(u.location(), member, call, true,
          Explanation.appendedKeepsDuplicates(key.reason(), appendedTo.noun()));
    }
    if (key.kind() == KeyDomain.Kind.FINITE || key.kind() == KeyDomain.Kind.REGISTRATION) {
      return new GrowthSite(u.location(), member, call, false, Explanation.finiteDomain(key.reason()));
    }
    if (fromInput && keyedByItsKeys && key.kind() == KeyDomain.Kind.NOT_INPUT) {
      return new GrowthSite(u.location(), member, call, false, Explanation.keyNotFromParameter(key.reason()));
    }
    if (fromInput && configures) {
      return new GrowthSite(u.location(), member, call, false, Explanation.setter(member));
    }
    if (fromInput && RegistrationMethods.is(u.enclosing())) {
      return new GrowthSite(u.location(), member, call, false, Explanation.registrationMethod(member));
    }
    if (fromInput && init.isUncalledProtectedHook(u.enclosing())) {
      return new GrowthSite(u.location(), member, call, false, Explanation.protectedHook(member));
    }
    InitContexts.Unreachable unreachable = fromInput ? init.unreachable(u.enclosing()) : null;
    if (unreachable != null) {
      return new GrowthSite(u.location(), member, call, false, Explanation.unreachable(member, unreachable));
    }
    // What callers pass is read for a growth call on the field itself (the analyzer reads those callers).
    boolean direct = u.access() == Access.DIRECT && u.calls().stream().anyMatch(MethodSemantics::isGrowthCall);
    if (fromInput && direct && init.calledOnlyWithConstants(u.enclosing())) {
      return new GrowthSite(u.location(), member, call, false, Explanation.calledWithConstants(member));
    }
    if (fromInput && direct && init.calledOnlyAtStartUp(u.enclosing())) {
      return new GrowthSite(u.location(), member, call, false, Explanation.calledAtStartUp(member));
    }
    if (fromInput && init.setsUpProcess(u.enclosing())) {
      return new GrowthSite(u.location(), member, call, false, Explanation.processSetup(member));
    }
    return new GrowthSite(u.location(), member, call, fromInput,
        fromInput ? Explanation.fromParameter(member) : Explanation.notFromParameter());
  }

  /**
   * The lines inside a project container that grow its field, for the calls on the holder that
   * grow it: listed after the calls, so that the finding shows both where and how.
   */
  private static void addWrapperSites(UseSummary s, ProjectContainers.Container container, List<UseFact> uses) {
    Set<Location> listed = new HashSet<>();
    s.growth.forEach(g -> listed.add(g.location()));
    for (UseFact u : uses) {
      if (container.effectOf(u) != Effect.GROW) {
        continue;
      }
      UseFact inside = container.growthInside().get(u.calls().get(0));
      if (inside != null && listed.add(inside.location())) {
        s.growth.add(new GrowthSite(inside.location(), inside.enclosing().displayName(),
            container.field().name() + "." + String.join(".", inside.calls()), false,
            Explanation.insideContainer(container.className())));
      }
    }
  }

  /**
   * {@code setTimeout(..)}: a setter; one of a singleton's own (a bean property) or a
   * {@code setDefault*} one configures what it belongs to.
   */
  private static boolean isSetter(Member m) {
    return m.kind() == dev.leakguard.core.model.MemberKind.METHOD && Names.isSetterName(m.name());
  }

  /** A map or a cache: one entry per key, whatever value is put (not a multimap, whose values add entries). */
  private static boolean isKeyedByItsKeys(Shape shape) {
    return shape == Shape.MAP || shape.isCache();
  }

  private static boolean isSequence(Shape shape) {
    return shape == Shape.LIST || shape == Shape.QUEUE || shape == Shape.DEQUE;
  }

  /** The class a holder's value is: what its initializer makes, else its declared type. */
  private static String valueType(HolderFact h) {
    if (h.initializer() instanceof Expr.New n) {
      return n.type().name();
    }
    return h.declaredType() == null ? null : h.declaredType().name();
  }

  /** The member and the calls leading to the nested collection a use's last call works on. */
  private static String nestedPath(UseFact u) {
    return u.enclosing() + "|" + String.join(".", u.calls().subList(0, u.calls().size() - 1));
  }

  /** A removal, a reset to null or a fresh value assigned outside initialisation. */
  private static boolean isEviction(UseFact u, Shape shape) {
    return u.isAssignment() || MethodSemantics.effectOf(u.calls(), u.arity(), shape, u.prefixSize()) == Effect.SHRINK;
  }

  /** What a growth adds is a constant or computed from constants (literals, constants, enum values). */
  private static boolean addsConstants(UseFact u) {
    return u.key().kind() == KeyDomain.Kind.FINITE || u.key().kind() == KeyDomain.Kind.NEUTRAL;
  }

  private static boolean isNull(Expr e) {
    return e instanceof Expr.Literal l && l.kind() == Expr.LiteralKind.NULL;
  }
}
