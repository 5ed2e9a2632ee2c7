package dev.leakguard.core.analysis;

import dev.leakguard.core.catalog.Classification;
import dev.leakguard.core.catalog.Effect;
import dev.leakguard.core.catalog.MethodSemantics;
import dev.leakguard.core.catalog.Verdict;
import dev.leakguard.core.model.CallFact;
import dev.leakguard.core.model.ClassFact;
import dev.leakguard.core.model.ClassKind;
import dev.leakguard.core.model.HolderFact;
import dev.leakguard.core.model.MemberKind;
import dev.leakguard.core.model.Names;
import dev.leakguard.core.model.UseFact;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The project's own containers: a class whose instance field holds an unbounded collection that
 * its methods grow ({@code KeyedStore.put(k, v)} puts into its field {@code map}). A long-lived
 * holder of such a class is judged like a collection, with each method summarised by what it does
 * to the field: {@code put(k, v)} grows it with what its caller passes (in its own body: growth
 * deep inside the class's private machinery is an internal cache, not the wrapper's job),
 * {@code remove} shrinks it (also through the class's own methods it calls), a {@code put} that
 * also removes past a size evicts. Not a container: a class that evicts by itself (a removal its constructor
 * schedules or hands out as a lambda), and a singleton (its field is judged on its own).
 */
public final class ProjectContainers {
  private static final int MAX_CALL_DEPTH = 64;

  /**
   * @param className the container class
   * @param field the field that grows
   * @param inner what the field holds
   * @param effects each method's effect on the field (GROW, SHRINK), by name
   * @param growthInside for each growing method, the first use inside the class that grows the field
   */
  public record Container(String className, HolderFact field, Classification inner, Map<String, Effect> effects,
      Map<String, UseFact> growthInside) {

    /** The holder's classification: the wrapped collection's shape, named after the wrapper. */
    public Classification classification() {
      return new Classification(Verdict.UNBOUNDED, inner.shape(), Names.simpleName(className),
          "a container of the project's own: its field '" + field.name() + "' is " + article(inner.typeName())
              + " that its methods grow and nothing bounds");
    }

    /** What a call chain on a holder of this container does, or OTHER. */
    public Effect effectOf(UseFact u) {
      if (u.isAssignment() || u.prefixSize() != 0 || u.calls().size() != 1) {
        return Effect.OTHER;
      }
      return effects.getOrDefault(u.calls().get(0), Effect.OTHER);
    }

    private static String article(String typeName) {
      return ("AEIOU".indexOf(typeName.isEmpty() ? 'x' : typeName.charAt(0)) >= 0 ? "an " : "a ") + typeName;
    }
  }

  private final ClassIndex classes;
  private final ValueClassifier values;
  private final Singletons singletons;
  private final Map<String, List<HolderFact>> instanceFieldsByClass = new HashMap<>();
  private final Map<String, List<UseFact>> usesByHolder;
  /** Same-class calls: caller "C#m" to the callee names. */
  private final Map<String, Set<String>> calleesByCaller = new HashMap<>();
  private final Map<String, Optional<Container>> memo = new HashMap<>();

  public ProjectContainers(ClassIndex classes, ValueClassifier values, Singletons singletons, List<HolderFact> holders,
      Map<String, List<UseFact>> usesByHolder, List<CallFact> calls) {
    this.classes = classes;
    this.values = values;
    this.singletons = singletons;
    this.usesByHolder = usesByHolder;
    for (HolderFact h : holders) {
      if (!h.isStatic()) {
        instanceFieldsByClass.computeIfAbsent(h.declaringClass(), k -> new ArrayList<>()).add(h);
      }
    }
    for (CallFact c : calls) {
      if (c.caller().className().equals(c.targetClass())) {
        calleesByCaller.computeIfAbsent(c.caller().className() + "#" + c.caller().name(), k -> new HashSet<>())
            .add(c.methodName());
      }
    }
  }

  /** The container a holder of this type is, if the type is one of the project's containers. */
  public Optional<Container> of(String typeName) {
    if (typeName == null) {
      return Optional.empty();
    }
    ClassFact c = classes.find(typeName);
    if (c == null || c.kind() != ClassKind.CLASS) {
      return Optional.empty();
    }
    return memo.computeIfAbsent(c.qualifiedName(), k -> find(c));
  }

  private Optional<Container> find(ClassFact c) {
    if (singletons.reason(c.qualifiedName()).isPresent()) {
      return Optional.empty();
    }
    for (HolderFact f : instanceFieldsByClass.getOrDefault(c.qualifiedName(), List.of())) {
      Classification inner = f.initializer() != null ? values.classify(f.initializer()) : Classification.UNKNOWN;
      if (inner.verdict() == Verdict.UNKNOWN) {
        inner = values.classifyDeclaredType(f.declaredType());
      }
      if (inner.verdict() != Verdict.UNBOUNDED) {
        continue;
      }
      Optional<Container> found = summarise(c, f, inner);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** Each method's own effect on the field, then what it reaches through the class's own methods. */
  private Optional<Container> summarise(ClassFact c, HolderFact field, Classification inner) {
    Map<String, Effect> own = new TreeMap<>();
    Map<String, UseFact> growthInside = new TreeMap<>();
    Set<String> sizeChecked = new HashSet<>();
    for (UseFact u : usesByHolder.getOrDefault(field.id(), List.of())) {
      if (!u.enclosing().className().equals(c.qualifiedName())) {
        return Optional.empty(); // the field is reached from outside the class: not a plain wrapper
      }
      String method = u.enclosing().name();
      boolean inMethod = u.enclosing().kind() == MemberKind.METHOD;
      Effect e = u.isAssignment() ? (inMethod ? Effect.SHRINK : Effect.OTHER)
          : MethodSemantics.effectOf(u.calls(), u.arity(), inner.shape(), u.prefixSize());
      if (e == Effect.SIZE && u.comparedInCondition()) {
        sizeChecked.add(method);
        continue;
      }
      if (e == Effect.SHRINK && (!inMethod || u.deferred())) {
        return Optional.empty(); // evicts by itself: a removal its construction sets up
      }
      if (!inMethod || e != Effect.GROW && e != Effect.SHRINK) {
        continue;
      }
      if (e == Effect.GROW && !u.argumentFromParameter()) {
        continue; // what it adds is not what its caller passes: an internal cache, not the wrapper's job
      }
      own.merge(method, e, (a, b) -> a == Effect.SHRINK || b == Effect.SHRINK ? Effect.SHRINK : Effect.GROW);
      if (e == Effect.GROW) {
        growthInside.putIfAbsent(method, u);
      }
    }
    for (String m : sizeChecked) {
      if (own.get(m) == Effect.GROW) {
        own.put(m, Effect.SHRINK); // grows only under a size check: bounded
      }
    }
    if (selfEvicting(c, own)) {
      return Optional.empty();
    }
    Map<String, Effect> effects = new TreeMap<>();
    Set<String> methods = new HashSet<>(c.declaredMethods());
    for (String m : methods) {
      Effect e = reached(c.qualifiedName(), m, own);
      if (e != Effect.OTHER) {
        effects.put(m, e);
      }
    }
    if (!effects.containsValue(Effect.GROW)) {
      return Optional.empty();
    }
    return Optional.of(new Container(c.qualifiedName(), field, inner, effects, growthInside));
  }

  /** A removal its constructors or initializers call: it evicts whatever its users do. */
  private boolean selfEvicting(ClassFact c, Map<String, Effect> own) {
    for (Map.Entry<String, Set<String>> e : calleesByCaller.entrySet()) {
      if (!e.getKey().startsWith(c.qualifiedName() + "#")) {
        continue;
      }
      String caller = e.getKey().substring(c.qualifiedName().length() + 1);
      if (caller.startsWith("<") && e.getValue().stream().anyMatch(m -> own.get(m) == Effect.SHRINK)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A method's effect on the field: it grows the field only by its own code (what a caller passes
   * goes in), and it evicts also through the class's own methods it calls (a put that calls a
   * trimming helper is bounded).
   */
  private Effect reached(String className, String method, Map<String, Effect> own) {
    ArrayDeque<String> work = new ArrayDeque<>(List.of(method));
    Set<String> seen = new HashSet<>();
    while (!work.isEmpty() && seen.size() < MAX_CALL_DEPTH) {
      String m = work.pop();
      if (!seen.add(m)) {
        continue;
      }
      if (own.get(m) == Effect.SHRINK) {
        return Effect.SHRINK;
      }
      work.addAll(calleesByCaller.getOrDefault(className + "#" + m, Set.of()));
    }
    return own.getOrDefault(method, Effect.OTHER);
  }
}
