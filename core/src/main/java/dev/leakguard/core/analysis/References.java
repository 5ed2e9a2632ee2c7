package dev.leakguard.core.analysis;

import dev.leakguard.core.catalog.Catalog;
import dev.leakguard.core.catalog.HelperEntry;
import dev.leakguard.core.model.Access;
import dev.leakguard.core.model.ArgumentFact;
import dev.leakguard.core.model.ClassFact;
import dev.leakguard.core.model.Expr;
import dev.leakguard.core.model.Facts;
import dev.leakguard.core.model.Guard;
import dev.leakguard.core.model.HolderFact;
import dev.leakguard.core.model.LambdaSite;
import dev.leakguard.core.model.LocalFact;
import dev.leakguard.core.model.Member;
import dev.leakguard.core.model.ParametersFact;
import dev.leakguard.core.model.PassedValues;
import dev.leakguard.core.model.Ref;
import dev.leakguard.core.model.RefUse;
import dev.leakguard.core.model.ReturnFact;
import dev.leakguard.core.model.UseFact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves what readers recorded as the syntax says it ({@link RefUse}: a chain starting at a
 * field, a local or a call) into uses of holders ({@link UseFact}), once for every front end:
 * fields against every class's holders and their supertypes (cross-file for the analyzer),
 * locals through their definitions (alias chains of any length), calls through what methods
 * return (getters of any arity), and input through the locals an argument mentions.
 *
 * <p>One guard against pathological input, the same everywhere: a resolution follows at most
 * {@value #MAX_STEPS} references (definitions, returns, supertypes); cycles stop at once.
 */
public final class References {
  /** Values that refer to an object without keeping it reachable. */
  /** Growth calls whose first argument is a key and a later one its value. */
  private static final java.util.Set<String> KEYED_GROWTH = java.util.Set.of("compute", "computeIfAbsent", "merge", "put",
      "putIfAbsent");
  private static final int MAX_MENTION_DEPTH = 8;
  private static final java.util.Set<String> REFERENCE_WRAPPERS = java.util.Set.of("SoftReference", "WeakReference");

  /** Longer chains than this do not occur in code people write; the limit only stops runaway input. */
  public static final int MAX_STEPS = 256;

  private final ClassIndex classes;
  private final Map<String, HolderFact> holders = new HashMap<>();
  private final Map<String, LocalFact> locals = new HashMap<>();
  private final Map<String, List<ReturnFact>> returns = new HashMap<>();
  private final Map<String, Boolean> inputMemo = new HashMap<>();
  private final KeyDomains domains;
  /** Classes the analysed code instantiates outside class initialisation (qualified names). */
  private final Set<String> madeAtRunTime = new HashSet<>();

  /** The library's static methods that grow or shrink a collection argument; null: none known. */
  private final Catalog catalog;

  private References(Facts facts, ClassIndex classes, Catalog catalog) {
    this.classes = classes;
    this.catalog = catalog;
    for (HolderFact h : facts.holders()) {
      holders.putIfAbsent(h.id(), h);
    }
    for (LocalFact l : facts.locals()) {
      locals.putIfAbsent(l.id(), l);
    }
    for (ReturnFact r : facts.returns()) {
      returns.computeIfAbsent(r.className() + "#" + r.method(), k -> new ArrayList<>()).add(r);
    }
    for (var i : facts.instantiations()) {
      var c = i.isClassInitialization() ? null : classes.find(i.type());
      if (c != null) {
        madeAtRunTime.add(c.qualifiedName());
      }
    }
    this.domains = new KeyDomains(locals, classes, madeAtRunTime);
  }

  /** The classes the analysed code instantiates outside class initialisation (qualified names). */
  public Set<String> madeAtRunTime() {
    return java.util.Collections.unmodifiableSet(madeAtRunTime);
  }

  public static References of(Facts facts, ClassIndex classes) {
    return new References(facts, classes, null);
  }

  /** As {@link #of(Facts, ClassIndex)}, with the catalog's static methods that act on a collection argument. */
  public static References of(Facts facts, ClassIndex classes, Catalog catalog) {
    return new References(facts, classes, catalog);
  }

  /**
   * The facts' own uses, every reference use that reaches a holder (in the readers' order), and
   * the growth and eviction a holder gets by being passed to a method that grows or shrinks that
   * parameter ({@code computeIfAbsent(CACHE, k, f)} in a utility class).
   */
  public List<UseFact> uses(Facts facts) {
    List<UseFact> all = new ArrayList<>(facts.uses());
    int resolvedSoFar = 0;
    for (RefUse u : facts.refUses()) {
      if (++resolvedSoFar % 1024 == 0 && Thread.currentThread().isInterrupted()) {
        // A whole program's tens of thousands take a while: an interrupted judgement stops here too (see Judge).
        throw new java.util.concurrent.CancellationException("judgement interrupted");
      }
      UseFact resolved = resolve(u);
      if (resolved != null) {
        all.add(resolved);
      }
    }
    if (!facts.arguments().isEmpty()) {
      all.addAll(new ParameterEffects(facts).usesThroughArguments());
    }
    return all;
  }

  /**
   * What each method does to its parameters, summarised once ("grows parameter 0 with put"), and
   * the uses of holders passed as those arguments.
   */
  private final class ParameterEffects {
    /** Calls made on each parameter, by "class#method#index". */
    private final Map<String, List<RefUse>> byParameter = new HashMap<>();
    private final Map<String, List<ParametersFact>> parametersByMethod = new HashMap<>();
    private final List<ArgumentFact> arguments;
    /** A parameter's slot, "class#method#index", by its local id. */
    private final Map<String, String> slotOfParameter = new HashMap<>();
    /** What each call passes, by caller and callee. */
    private final Map<CallSite, List<PassedValues>> passedByCall = new HashMap<>();

    ParameterEffects(Facts facts) {
      this.arguments = facts.arguments();
      for (PassedValues pv : facts.passed()) {
        passedByCall.computeIfAbsent(new CallSite(pv.caller(), pv.callee()), k -> new ArrayList<>()).add(pv);
      }
      for (ParametersFact p : facts.parameters()) {
        parametersByMethod.computeIfAbsent(p.className() + "#" + p.method(), k -> new ArrayList<>()).add(p);
        for (int i = 0; i < p.parameterIds().size(); i++) {
          slotOfParameter.put(p.parameterIds().get(i), p.className() + "#" + p.method() + "#" + i);
        }
      }
      for (RefUse u : facts.refUses()) {
        String parameter = u.start() instanceof Ref.Local l ? parameterBehind(l.id(), 0) : null;
        String slot = parameter == null ? null : slotOfParameter.get(parameter);
        if (slot != null && !u.isAssignment()) {
          byParameter.computeIfAbsent(slot, k -> new ArrayList<>()).add(u);
        }
      }
    }

    /** The parameter a local stands for ({@code m = map} where {@code map} is a parameter), or null. */
    private String parameterBehind(String localId, int depth) {
      LocalFact def = locals.get(localId);
      if (def == null || depth > 16) {
        return null;
      }
      if (def.parameter()) {
        return localId;
      }
      return def.source() instanceof Ref.Local l && def.sourceCalls().isEmpty() ? parameterBehind(l.id(), depth + 1) : null;
    }

    List<UseFact> usesThroughArguments() {
      List<UseFact> out = new ArrayList<>();
      for (ArgumentFact a : arguments) {
        Target t = target(a.argument(), new Steps());
        if (t == null || !t.prefix().isEmpty()) {
          continue;
        }
        List<RefUse> effects = effectsOn(a);
        HelperEntry helper = effects.isEmpty() ? libraryHelper(a.callee(), a.index()) : null;
        if (helper != null) {
          // A library's method, known to act on the argument as its own call would; what it adds
          // is read by the library, not here: the key decides nothing.
          out.add(new UseFact(t.holder(), List.of(helper.call()), helper.callArity(), Access.DIRECT, null, a.location(),
              a.enclosing(), false, false, a.lambda() == LambdaSite.STORED, 0, KeyDomain.UNKNOWN, false, guards(a.guards())));
        }
        for (RefUse inside : effects) {
          List<Expr> growthArguments = growthArguments(inside, 0);
          // What the helper adds, when it is what the caller passes in its own parameters: read at
          // the call, where the caller's input decides (its parameter's name and type).
          List<Expr> atCall = growthArguments.isEmpty() ? null : asPassedBy(growthArguments, a);
          KeyDomain key;
          boolean fromInput = false;
          if (atCall != null) {
            key = domains.of(atCall.get(0), atCall, a.enclosing());
            fromInput = atCall.stream().anyMatch(x -> x instanceof Expr.Local l && isInput(l.id(), new HashSet<>()));
          } else {
            // Else read where the helper adds it (a parameter typed Class is a class, whoever passes it).
            key = growthArguments.isEmpty() ? KeyDomain.UNKNOWN
                : domains.of(growthArguments.get(0), growthArguments, inside.enclosing());
          }
          out.add(new UseFact(t.holder(), inside.calls(), inside.arity(), Access.DIRECT, null, a.location(), a.enclosing(),
              false, fromInput, a.lambda() == LambdaSite.STORED, 0, key, false, guards(a.guards())));
        }
      }
      return out;
    }

    /**
     * The helper's growth arguments as the call passes them: each of the helper's parameters among
     * them replaced by the local of the caller passed for it. Null unless the first one (what
     * decides how many entries there are) is a parameter of the helper, and every parameter among
     * them is passed a local of the caller, the same by every such call in the caller.
     */
    private List<Expr> asPassedBy(List<Expr> helperArguments, ArgumentFact a) {
      if (!(helperArguments.get(0) instanceof Expr.Local first) || !slotOfParameter.containsKey(first.id())) {
        return null;
      }
      List<PassedValues> calls = passedByCall.getOrDefault(new CallSite(a.enclosing(), a.callee()), List.of());
      if (calls.isEmpty()) {
        return null;
      }
      List<Expr> out = new ArrayList<>(helperArguments.size());
      for (Expr x : helperArguments) {
        String slot = x instanceof Expr.Local l ? slotOfParameter.get(l.id()) : null;
        if (slot == null) {
          out.add(x);
          continue;
        }
        int index = Integer.parseInt(slot.substring(slot.lastIndexOf('#') + 1));
        String passed = null;
        for (PassedValues pv : calls) {
          PassedValues.Passed p = index < pv.values().size() ? pv.values().get(index) : null;
          if (p == null || p.kind() != PassedValues.Passed.Kind.LOCAL || passed != null && !passed.equals(p.localId())) {
            return null;
          }
          passed = p.localId();
        }
        LocalFact def = locals.get(passed);
        if (def == null) {
          return null;
        }
        out.add(new Expr.Local(def.id(), def.name()));
      }
      return out;
    }

    /** The catalog's knowledge of a library method called with a collection, when no analysed class is its owner. */
    private HelperEntry libraryHelper(Ref.Returned callee, int index) {
      if (catalog == null || callee.inherited() || callee.owners().stream().anyMatch(o -> classes.find(o) != null)) {
        return null;
      }
      return catalog.helper(callee.owners(), callee.method(), index);
    }

    /** A caller and what it calls: the calls a method makes of one callee share it. */
    private record CallSite(Member caller, Ref.Returned callee) {}

    /** The calls the called method makes on the parameter the argument is passed as. */
    private List<RefUse> effectsOn(ArgumentFact a) {
      Ref.Returned callee = a.callee();
      for (String owner : callee.owners()) {
        for (ClassFact c : lineage(owner, callee.inherited(), new Steps())) {
          for (ParametersFact p : parametersByMethod.getOrDefault(c.qualifiedName() + "#" + callee.method(), List.of())) {
            if (p.parameterIds().size() == callee.arity()) {
              return byParameter.getOrDefault(p.className() + "#" + p.method() + "#" + a.index(), List.of());
            }
          }
        }
      }
      return List.of();
    }
  }

  /**
   * Guards with their references resolved: one that tests a holder names it as
   * {@code Ref.Field.declaredIn(declaring class, field)}; any other is dropped.
   */
  public List<Guard> guards(List<Guard> guards) {
    if (guards.isEmpty()) {
      return guards;
    }
    List<Guard> out = new ArrayList<>(guards.size());
    for (Guard g : guards) {
      if (g.ref() == null || g.ref() instanceof Ref.Local) {
        out.add(g); // an assertion tests no reference; a local flag (a parameter) selects code by its callers
        continue;
      }
      Target t = target(g.ref(), new Steps());
      HolderFact h = t == null || !t.prefix().isEmpty() ? null : holders.get(t.holder());
      if (h != null) {
        out.add(new Guard(g.kind(), Ref.Field.declaredIn(h.declaringClass(), h.name()), g.whenTrue()));
      }
    }
    return out;
  }

  /** A reference resolved to a holder: the calls that lead from the holder to it, and how. */
  private record Target(String holder, List<String> prefix, Access access) {
    Target then(List<String> calls, Access how) {
      if (calls.isEmpty() && how == access) {
        return this;
      }
      List<String> p = new ArrayList<>(prefix);
      p.addAll(calls);
      return new Target(holder, p, how);
    }
  }

  private UseFact resolve(RefUse u) {
    Steps steps = new Steps();
    Target t = target(u.start(), steps);
    if (t == null) {
      return null;
    }
    t = applyCalls(t, u.calls(), steps);
    if (u.isAssignment()) {
      // Only an assignment to the field itself replaces the holder's value.
      if (t.access() != Access.DIRECT || !t.prefix().isEmpty() || u.assigned() == null) {
        return null;
      }
      return new UseFact(t.holder(), List.of(), 0, Access.DIRECT, value(u.assigned(), new Steps()), u.location(),
          u.enclosing(), false, false, u.lambda() == LambdaSite.STORED, 0, null, false, guards(u.guards()));
    }
    List<String> calls = t.prefix();
    if (calls.isEmpty()) {
      return null; // only a getter was called: nothing is done to the holder here
    }
    // The calls made here are the reader's own, minus the getters core followed among them.
    int madeHere = Math.min(calls.size(), u.calls().size());
    int prefixSize = calls.size() - madeHere;
    Access access = u.methodReference() ? Access.METHOD_REFERENCE : t.access();
    boolean fromInput = false;
    for (String id : u.argumentMentions()) {
      if (isInput(id, new HashSet<>())) {
        fromInput = true;
        break;
      }
    }
    List<Expr> growthArguments = growthArguments(u, u.calls().size() - madeHere);
    Expr added = growthArguments.isEmpty() ? null : growthArguments.get(0);
    KeyDomain key = added == null ? KeyDomain.UNKNOWN : domains.of(added, growthArguments, u.enclosing());
    List<Expr> innermost = lastGrowthArguments(u, u.calls().size() - madeHere);
    boolean nested = innermost != null && !innermost.isEmpty() && key.kind() != KeyDomain.Kind.UNBOUNDED;
    if (nested) {
      // A nested collection (M.computeIfAbsent(k, ..).put(k2, v)): the outer key is added once;
      // unless it is unbounded, what the innermost growth adds decides.
      key = domains.of(innermost.get(0), innermost, u.enclosing());
    } else if (fromInput && !key.decides() && isKeyedGrowth(u, u.calls().size() - madeHere)
        && mentionsInput(added, 0) == Boolean.FALSE) {
      key = new KeyDomain(KeyDomain.Kind.NOT_INPUT, "what it puts comes from a parameter, but its key does not:"
          + " the code, not the input, decides how many keys there are");
    }
    if (refusesDuplicate(u) && !key.decides()) {
      key = new KeyDomain(KeyDomain.Kind.REGISTRATION, "a second entry for the same key is refused (it throws):"
          + " a registry, one entry per name registered, not per request");
    } else if (storesOnlyRecognised(u) && !key.decides()) {
      key = new KeyDomain(KeyDomain.Kind.FINITE, "the function given to computeIfAbsent returns null for keys it"
          + " does not recognise, and computeIfAbsent stores nothing then: only recognised keys are stored");
    }
    return new UseFact(t.holder(), calls, u.arity(), access, null, u.location(), u.enclosing(),
        u.comparedInCondition(), fromInput, u.lambda() == LambdaSite.STORED, prefixSize, key,
        valueHoldsKey(u, u.calls().size() - madeHere), guards(u.guards()));
  }

  /** Whether the first growth call from {@code from} on takes a key, then a value ({@code put(k, v)}, {@code merge(k, v, f)}). */
  private static boolean isKeyedGrowth(RefUse u, int from) {
    for (int i = Math.max(0, from); i < u.calls().size(); i++) {
      String m = u.calls().get(i);
      if (dev.leakguard.core.catalog.MethodSemantics.isGrowthCall(m)) {
        return KEYED_GROWTH.contains(m) && u.argumentsOf(i).size() >= 2;
      }
    }
    return false;
  }

  /**
   * Whether a value mentions a parameter (through locals), as far as its shape shows: null when it
   * cannot tell (an expression the model has no shape for, a lambda).
   */
  private Boolean mentionsInput(Expr e, int depth) {
    if (e == null || depth > MAX_MENTION_DEPTH) {
      return null;
    }
    if (e instanceof Expr.Literal) {
      return Boolean.FALSE;
    }
    if (e instanceof Expr.Name n) {
      // a field or a constant (parameters and locals are Expr.Local); a qualified name
      // ({@code request.id}) may start at a parameter: the shape does not say
      return n.text().indexOf('.') < 0 ? Boolean.FALSE : null;
    }
    if (e instanceof Expr.Local l) {
      return isInput(l.id(), new HashSet<>());
    }
    List<Expr> parts = new ArrayList<>();
    if (e instanceof Expr.Call c) {
      if (c.receiver() != null) {
        parts.add(c.receiver());
      }
      parts.addAll(c.args());
    } else if (e instanceof Expr.New n && !n.hasBody()) {
      parts.addAll(n.args());
    } else if (e instanceof Expr.Plus p) {
      parts.addAll(p.operands());
    } else if (e instanceof Expr.Arithmetic a) {
      parts.add(a.left());
      parts.add(a.right());
    } else if (e instanceof Expr.Choice ch) {
      parts.addAll(ch.options());
    } else {
      return null;
    }
    Boolean any = Boolean.FALSE;
    for (Expr part : parts) {
      Boolean m = mentionsInput(part, depth + 1);
      if (m == Boolean.TRUE) {
        return Boolean.TRUE;
      }
      if (m == null) {
        any = null;
      }
    }
    return any;
  }

  /** A put whose previous value, or an add whose false result, makes the code throw: a put-once registry. */
  private static boolean refusesDuplicate(RefUse u) {
    if (!u.refusesDuplicate() || u.calls().isEmpty()) {
      return false;
    }
    String last = u.calls().get(u.calls().size() - 1);
    return last.equals("put") || last.equals("putIfAbsent") || last.equals("add");
  }

  /** A computeIfAbsent whose function returns null for some keys: nothing is stored for those. */
  private static boolean storesOnlyRecognised(RefUse u) {
    return u.functionReturnsNull() && !u.calls().isEmpty()
        && u.calls().get(u.calls().size() - 1).equals("computeIfAbsent");
  }

  /** The arguments of the last growth call of a chain from {@code from}, or null when there are not two. */
  private static List<Expr> lastGrowthArguments(RefUse u, int from) {
    int first = -1;
    int last = -1;
    for (int i = Math.max(0, from); i < u.calls().size(); i++) {
      if (dev.leakguard.core.catalog.MethodSemantics.isGrowthCall(u.calls().get(i))) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    return last == first ? null : u.argumentsOf(last);
  }

  /**
   * The arguments of the first call from {@code from} on that adds (empty if none): the first is
   * the key or element that decides the entries.
   */
  private static List<Expr> growthArguments(RefUse u, int from) {
    for (int i = Math.max(0, from); i < u.calls().size(); i++) {
      if (dev.leakguard.core.catalog.MethodSemantics.addsItsArgument(u.calls().get(i))) {
        return u.argumentsOf(i);
      }
    }
    return List.of();
  }

  /**
   * Whether the first put from {@code from} on puts a value that holds its key: a new object made
   * from the key itself or from the object the key is taken from ({@code put(k, new V(k))},
   * {@code put(owner.id(), new V(owner))}), or a local holding such an object.
   */
  private boolean valueHoldsKey(RefUse u, int from) {
    for (int i = Math.max(0, from); i < u.calls().size(); i++) {
      String m = u.calls().get(i);
      if (dev.leakguard.core.catalog.MethodSemantics.isGrowthCall(m)) {
        List<Expr> args = u.argumentsOf(i);
        return (m.equals("put") || m.equals("putIfAbsent")) && args.size() >= 2 && holds(args.get(1), args.get(0), 0);
      }
    }
    return false;
  }

  private boolean holds(Expr value, Expr key, int depth) {
    if (depth > 4) {
      return false;
    }
    if (value instanceof Expr.Local l) {
      LocalFact def = locals.get(l.id());
      return def != null && def.value() != null && holds(def.value(), key, depth + 1);
    }
    if (!(value instanceof Expr.New n) || REFERENCE_WRAPPERS.contains(n.type().simpleName())) {
      return false; // a weak or soft reference does not keep what it refers to
    }
    String keyRoot = rootLocal(key, 0);
    if (keyRoot == null) {
      return false;
    }
    for (Expr a : n.args()) {
      if (a instanceof Expr.Local l && (l.id().equals(keyRoot) || keyRoot.equals(rootLocal(a, 0)))) {
        return true;
      }
    }
    return false;
  }

  /** The local a value is taken from: {@code k}, {@code owner.id()}, a local defined as {@code owner.getKey()}. */
  private String rootLocal(Expr e, int depth) {
    if (depth > 4) {
      return null;
    }
    if (e instanceof Expr.Call c && c.receiver() != null) {
      return rootLocal(c.receiver(), depth + 1);
    }
    if (e instanceof Expr.Local l) {
      LocalFact def = locals.get(l.id());
      if (def != null && !def.parameter() && def.value() instanceof Expr.Call c && c.receiver() != null) {
        String deeper = rootLocal(c.receiver(), depth + 1);
        return deeper != null ? deeper : l.id();
      }
      return l.id();
    }
    return null;
  }

  /** Counts the references one resolution follows, against {@link #MAX_STEPS} and cycles. */
  private static final class Steps {
    private final Set<Object> seen = new HashSet<>();

    boolean enter(Object ref) {
      return seen.size() < MAX_STEPS && seen.add(ref);
    }
  }

  private Target target(Ref ref, Steps steps) {
    if (!steps.enter(ref)) {
      return null;
    }
    if (ref instanceof Ref.Field f) {
      String id = findField(f.owners(), f.name(), f.inherited(), steps);
      return id == null ? null : new Target(id, List.of(), Access.DIRECT);
    }
    if (ref instanceof Ref.Local l) {
      LocalFact def = locals.get(l.id());
      if (def == null || def.source() == null) {
        return null;
      }
      Target t = target(def.source(), steps);
      return t == null ? null : applyCalls(t, def.sourceCalls(), steps).then(List.of(), Access.ALIAS);
    }
    Ref.Returned r = (Ref.Returned) ref;
    for (ReturnFact fact : findReturns(r, steps)) {
      if (!fact.sourceCalls().isEmpty()) {
        continue; // returns what a call on the holder gives, not the holder: that call is a use where it is written
      }
      Target t = target(fact.source(), steps);
      if (t != null) {
        return applyCalls(t, fact.sourceCalls(), steps).then(List.of(), Access.GETTER);
      }
    }
    return null;
  }

  /**
   * Applies calls to a resolved reference. A call on the holder itself that is a getter of the
   * holder's own class ({@code INSTANCE.listeners()}, {@code registry.services()}) continues at
   * the holder that getter returns; any other call is applied to the holder (its name joins the chain).
   */
  private Target applyCalls(Target start, List<String> calls, Steps steps) {
    Target t = start;
    for (String call : calls) {
      Target viaGetter = t.prefix().isEmpty() ? getterOn(t.holder(), call, steps) : null;
      t = viaGetter != null ? viaGetter : t.then(List.of(call), t.access());
    }
    return t;
  }

  private Target getterOn(String holderId, String method, Steps steps) {
    HolderFact h = holders.get(holderId);
    if (h == null || h.declaredType() == null || classes.find(h.declaredType().name()) == null) {
      return null;
    }
    return target(new Ref.Returned(List.of(h.declaredType().name()), method, -1, true), steps);
  }

  private String findField(List<String> owners, String name, boolean inherited, Steps steps) {
    for (String owner : owners) {
      String id = fieldOf(owner, name, inherited, steps);
      if (id != null) {
        return id;
      }
    }
    for (String owner : owners) {
      String id = fieldOfStaticInstance(owner, name, steps);
      if (id != null) {
        return id;
      }
    }
    return null;
  }

  /**
   * {@code Registry.INSTANCE.entries}: an owner that names no class but a static field of one
   * ({@code Registry.INSTANCE}) stands for the object that field holds, so the field is looked up
   * in the field's declared type. Null when the owner is no such field.
   */
  private String fieldOfStaticInstance(String owner, String name, Steps steps) {
    int dot = owner.lastIndexOf('.');
    if (dot <= 0 || classes.find(owner) != null) {
      return null;
    }
    ClassFact declaring = classes.find(owner.substring(0, dot));
    HolderFact instance = declaring == null ? null : holders.get(HolderFact.id(declaring.qualifiedName(), owner.substring(dot + 1)));
    if (instance == null || !instance.isStatic() || instance.declaredType() == null) {
      return null;
    }
    return fieldOf(instance.declaredType().name(), name, true, steps);
  }

  /** The holder {@code name} of the class {@code owner} names (or, when inherited, of a supertype), or null. */
  private String fieldOf(String owner, String name, boolean inherited, Steps steps) {
    for (ClassFact c : lineage(owner, inherited, steps)) {
      String id = HolderFact.id(c.qualifiedName(), name);
      if (holders.containsKey(id)) {
        return id;
      }
    }
    return null;
  }

  private List<ReturnFact> findReturns(Ref.Returned r, Steps steps) {
    List<ReturnFact> found = new ArrayList<>();
    for (String owner : r.owners()) {
      for (ClassFact c : lineage(owner, r.inherited(), steps)) {
        for (ReturnFact f : returns.getOrDefault(c.qualifiedName() + "#" + r.method(), List.of())) {
          if (r.arity() < 0 || f.arity() == r.arity()) {
            found.add(f);
          }
        }
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    return found;
  }

  /** The class an owner names, then (when inherited) its supertypes, breadth first. */
  private List<ClassFact> lineage(String owner, boolean inherited, Steps steps) {
    ClassFact start = classes.find(owner);
    if (start == null) {
      return List.of();
    }
    List<ClassFact> work = new ArrayList<>(List.of(start));
    Set<String> seen = new HashSet<>();
    List<ClassFact> result = new ArrayList<>();
    for (int i = 0; i < work.size() && i < MAX_STEPS; i++) {
      ClassFact c = work.get(i);
      if (!seen.add(c.qualifiedName())) {
        continue;
      }
      result.add(c);
      if (!inherited) {
        break;
      }
      for (String s : c.superTypes()) {
        ClassFact parent = classes.find(s);
        if (parent != null) {
          work.add(parent);
        }
      }
    }
    return result;
  }

  /**
   * A value with its locals replaced by what they were defined as ({@code F = m} where
   * {@code m = new HashMap<>()}, {@code new LinkedBlockingQueue<>(cap)} where {@code cap = 100});
   * a local with no known value (a parameter) is left as its name.
   */
  private Expr value(Expr e, Steps steps) {
    if (e instanceof Expr.Local l) {
      LocalFact def = locals.get(l.id());
      if (def == null || def.value() == null || !steps.enter(l.id())) {
        return new Expr.Name(l.name());
      }
      return value(def.value(), steps);
    }
    if (e instanceof Expr.Choice c) {
      return new Expr.Choice(values(c.options(), steps));
    }
    if (e instanceof Expr.New n) {
      return new Expr.New(n.type(), values(n.args(), steps), n.bodyMethods());
    }
    if (e instanceof Expr.Call c) {
      Expr receiver = c.receiver() == null ? null : value(c.receiver(), steps);
      return new Expr.Call(receiver, c.staticOwner(), c.method(), values(c.args(), steps));
    }
    return e;
  }

  private List<Expr> values(List<Expr> list, Steps steps) {
    List<Expr> out = new ArrayList<>(list.size());
    for (Expr x : list) {
      out.add(value(x, steps));
    }
    return out;
  }

  /** Whether a local's value comes from a parameter, directly or through other locals. */
  private boolean isInput(String id, Set<String> visiting) {
    Boolean known = inputMemo.get(id);
    if (known != null) {
      return known;
    }
    LocalFact def = locals.get(id);
    if (def == null || visiting.size() >= MAX_STEPS || !visiting.add(id)) {
      return false;
    }
    boolean result = def.parameter();
    for (int i = 0; !result && i < def.mentions().size(); i++) {
      result = isInput(def.mentions().get(i), visiting);
    }
    visiting.remove(id);
    if (visiting.isEmpty()) {
      inputMemo.put(id, result);
    }
    return result;
  }
}
