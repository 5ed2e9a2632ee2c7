package dev.leakguard.core.analysis;

import dev.leakguard.core.Options;
import dev.leakguard.core.catalog.BuilderFamily;
import dev.leakguard.core.catalog.Catalog;
import dev.leakguard.core.catalog.Classification;
import dev.leakguard.core.catalog.FactoryEntry;
import dev.leakguard.core.catalog.Shape;
import dev.leakguard.core.catalog.TypeEntry;
import dev.leakguard.core.catalog.Verdict;
import dev.leakguard.core.model.ClassFact;
import dev.leakguard.core.model.Expr;
import dev.leakguard.core.model.Names;
import dev.leakguard.core.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Classifies a value's shape ({@link Expr}) or a declared type with the catalog. */
public final class ValueClassifier {
  private static final int MAX_DEPTH = 16;
  private static final String REMOVE_ELDEST = "removeEldestEntry";
  /** Words of a name that make it a number: {@code maxEntries}, {@code QUEUE_CAPACITY}. */
  private static final Set<String> CAPACITY_WORDS = Set.of("bound", "cap", "capacity", "limit", "max", "maximum", "size");

  private final Catalog catalog;
  private final ClassIndex classes;
  private final Options options;

  public ValueClassifier(Catalog catalog, ClassIndex classes, Options options) {
    this.catalog = catalog;
    this.classes = classes;
    this.options = options;
  }

  public Classification classify(Expr value) {
    return classify(value, 0);
  }

  /**
   * A value made by a static factory neither the catalog nor the analysed code's classes explain,
   * judged by a mutable collection or map interface it is declared as ({@link UnknownFactories}).
   */
  public Classification classifyUnknownFactory(Expr value, TypeRef declared) {
    return classify(value).verdict() == Verdict.UNKNOWN ? UnknownFactories.judge(value, declared, classes) : Classification.UNKNOWN;
  }

  /** A declared type counts only when it is itself a concrete container class the catalog knows. */
  public Classification classifyDeclaredType(TypeRef type) {
    if (type == null) {
      return Classification.UNKNOWN;
    }
    if (isExtraBounded(type.name())) {
      return new Classification(Verdict.BOUNDED, Shape.COLLECTION, type.simpleName(), "configured as bounded");
    }
    TypeEntry e = catalog.type(type.name());
    if (e != null) {
      return new Classification(e.verdict(), e.shape(), type.simpleName(), e.reason());
    }
    return classifyUserType(type.name(), 0);
  }

  private Classification classify(Expr value, int depth) {
    if (value == null || depth > MAX_DEPTH) {
      return Classification.UNKNOWN;
    }
    if (value instanceof Expr.New n) {
      return classifyNew(n, depth);
    }
    if (value instanceof Expr.Call c) {
      return classifyCall(c, depth);
    }
    if (value instanceof Expr.Choice c) {
      return classify(worstOption(c), depth + 1);
    }
    return Classification.UNKNOWN;
  }

  /** The option of a conditional or switch value that matters most: the holder may hold any of them. */
  public Expr worstOption(Expr.Choice choice) {
    Expr worst = null;
    int severity = -1;
    for (Expr option : choice.options()) {
      Expr e = option instanceof Expr.Choice nested ? worstOption(nested) : option;
      int s = classify(e).verdict().severity();
      if (s > severity) {
        worst = e;
        severity = s;
      }
    }
    return worst;
  }

  private Classification classifyNew(Expr.New n, int depth) {
    String type = n.type().name();
    String simple = Names.simpleName(type);
    if (n.initialValue() != null && catalog.isPerThreadType(type)) {
      return perThread(simple, classify(n.initialValue(), depth + 1)); // new ThreadLocal<>() { initialValue() }
    }
    if (isExtraBounded(type)) {
      return new Classification(Verdict.BOUNDED, Shape.COLLECTION, simple, "configured as bounded");
    }
    if (n.hasBody() && n.bodyMethods().contains(REMOVE_ELDEST)) {
      return new Classification(Verdict.BOUNDED, Shape.MAP, simple, "overrides removeEldestEntry");
    }
    BuilderFamily family = catalog.builder(type);
    if (family != null) {
      return Classification.UNKNOWN; // a builder on its own holds nothing; chains are calls
    }
    TypeEntry e = catalog.type(type);
    if (e == null) {
      return classifyUserType(type, depth);
    }
    if (e.capacityArgumentBounds() && !n.args().isEmpty() && !looksLikeCollection(n.args().get(0), depth)) {
      return new Classification(Verdict.BOUNDED, e.shape(), simple, "created with a capacity");
    }
    return new Classification(e.verdict(), e.shape(), simple, e.reason());
  }

  /** A class of the analysed code: bounded by contract or by removeEldestEntry, else as its supertype. */
  private Classification classifyUserType(String type, int depth) {
    ClassFact c = classes.find(type);
    if (c == null || depth > MAX_DEPTH) {
      return Classification.UNKNOWN;
    }
    if (isExtraBounded(c.qualifiedName())) {
      return new Classification(Verdict.BOUNDED, Shape.COLLECTION, c.simpleName(), "configured as bounded");
    }
    for (String s : c.superTypes()) {
      if (catalog.isBoundedSupertype(s)) {
        return new Classification(Verdict.BOUNDED, Shape.COLLECTION, c.simpleName(), "implements " + Names.simpleName(s));
      }
    }
    for (String s : c.superTypes()) {
      Classification inherited;
      TypeEntry e = catalog.type(s);
      if (e != null) {
        inherited = new Classification(e.verdict(), e.shape(), c.simpleName(), "a subclass of " + Names.simpleName(s) + " that " + e.reason());
      } else {
        inherited = classifyUserType(s, depth + 1);
      }
      if (inherited.verdict() == Verdict.UNKNOWN) {
        continue;
      }
      if (inherited.verdict().isJudged() && c.declaredMethods().contains(REMOVE_ELDEST)) {
        return new Classification(Verdict.BOUNDED, inherited.shape(), c.simpleName(), "overrides removeEldestEntry");
      }
      return new Classification(inherited.verdict(), inherited.shape(), c.simpleName(), inherited.reason());
    }
    return Classification.UNKNOWN;
  }

  private Classification classifyCall(Expr.Call call, int depth) {
    // Walk down to the chain's root: builder chains are classified as a whole.
    List<Expr.Call> chain = new ArrayList<>();
    Expr cursor = call;
    while (cursor instanceof Expr.Call c) {
      chain.add(0, c);
      cursor = c.receiver();
    }
    Expr.Call root = chain.get(0);
    String rootOwner = root.staticOwner();
    if (cursor instanceof Expr.New n && catalog.builder(n.type().name()) != null) {
      return classifyBuilder(catalog.builder(n.type().name()), chain, false);
    }
    if (rootOwner != null) {
      BuilderFamily family = catalog.builder(rootOwner);
      if (family != null && startsChain(family, root)) {
        return classifyBuilder(family, chain, true);
      }
      if (chain.size() == 1) {
        return classifyFactory(call, depth);
      }
      // ImmutableList.builder().add(..).build(), MultimapBuilder.hashKeys().arrayListValues().build()
      FactoryEntry f = catalog.factory(rootOwner, "*");
      if (f != null && !f.wrapsFirstArgument()) {
        return new Classification(f.verdict(), f.shape(), Names.simpleName(rootOwner), f.reason());
      }
    }
    return Classification.UNKNOWN;
  }

  private Classification classifyFactory(Expr.Call call, int depth) {
    if (catalog.isPerThreadFactory(call.staticOwner(), call.method())) {
      return classifyPerThread(call, depth);
    }
    FactoryEntry f = catalog.factory(call.staticOwner(), call.method());
    if (f == null) {
      return Classification.UNKNOWN;
    }
    String name = Names.simpleName(call.staticOwner()) + "." + call.method();
    if (f.wrapsFirstArgument()) {
      if (call.args().isEmpty()) {
        return Classification.UNKNOWN;
      }
      Classification inner = classify(call.args().get(0), depth + 1);
      if (inner.verdict() == Verdict.UNKNOWN) {
        return inner;
      }
      Shape shape = f.shape() != null ? f.shape() : inner.shape();
      return new Classification(inner.verdict(), shape, name + "(" + inner.typeName() + ")", inner.reason());
    }
    if (f.capacityArgumentBounds() && !call.args().isEmpty() && !looksLikeCollection(call.args().get(0), depth)) {
      return new Classification(Verdict.BOUNDED, f.shape(), name, "created with a capacity");
    }
    return new Classification(f.verdict(), f.shape(), name, f.reason());
  }

  /**
   * {@code ThreadLocal.withInitial(HashMap::new)}: as bounded as the value its supplier makes, which
   * each thread keeps for as long as it lives (a pool's threads, as long as the process).
   */
  private Classification classifyPerThread(Expr.Call call, int depth) {
    // the supplier comes last: withInitial(supplier), or withInitial(name, supplier)
    if (call.args().isEmpty() || !(call.args().get(call.args().size() - 1) instanceof Expr.Made made)) {
      return Classification.UNKNOWN;
    }
    return perThread(Names.simpleName(call.staticOwner()), classify(made.value(), depth + 1));
  }

  /** A per-thread holder whose each thread's value is classified {@code each}. */
  private static Classification perThread(String holderType, Classification each) {
    if (each.verdict() == Verdict.UNKNOWN) {
      return each;
    }
    return new Classification(each.verdict(), each.shape(), holderType + "(" + each.typeName() + ")",
        "keeps one " + each.typeName() + " per thread for as long as the thread lives (each: " + each.reason() + ")");
  }

  /** A builder's owner may have plain factories too ({@code Interners.newStrongInterner()}). */
  private static boolean startsChain(BuilderFamily family, Expr.Call root) {
    return family.roots().contains(root.method()) || family.specMethods().contains(root.method());
  }

  private Classification classifyBuilder(BuilderFamily family, List<Expr.Call> chain, boolean staticRoot) {
    int start = 0;
    if (staticRoot) {
      Expr.Call root = chain.get(0);
      if (family.specMethods().contains(root.method())) {
        return classifySpec(family, root);
      }
      if (!family.roots().contains(root.method())) {
        return Classification.UNKNOWN;
      }
      start = 1;
    }
    Expr.Call last = chain.get(chain.size() - 1);
    if (!family.terminals().contains(last.method())) {
      return Classification.UNKNOWN; // not built here: a builder held in a field is not a cache
    }
    Shape shape = family.loadingWithArgument() && !last.args().isEmpty() ? Shape.LOADING_CACHE : family.unboundedShape();
    if (family.boundedByDefault()) {
      return new Classification(Verdict.BOUNDED, shape, family.name(), "bounded by default");
    }
    for (int i = start; i < chain.size() - 1; i++) {
      String m = chain.get(i).method();
      if (family.boundingCalls().contains(m)) {
        return new Classification(Verdict.BOUNDED, shape, family.name(), "built with " + m);
      }
    }
    return new Classification(family.unboundedVerdict(), shape, family.name(),
        "built with no " + String.join(", ", family.boundingCalls().stream().sorted().toList()));
  }

  /** {@code Caffeine.from("maximumSize=100,expireAfterWrite=10m")}: bounded if a key bounds it. */
  private Classification classifySpec(BuilderFamily family, Expr.Call root) {
    if (root.args().size() != 1 || !(root.args().get(0) instanceof Expr.Literal lit) || lit.kind() != Expr.LiteralKind.STRING) {
      // A spec read from configuration: its bound cannot be seen, and precision comes first.
      return new Classification(Verdict.UNKNOWN, Shape.CACHE, family.name(), "spec not visible");
    }
    for (String part : lit.value().split(",")) {
      String key = part.split("=", 2)[0].trim();
      if (family.boundingCalls().contains(key)) {
        return new Classification(Verdict.BOUNDED, Shape.CACHE, family.name(), "spec sets " + key);
      }
    }
    return new Classification(family.unboundedVerdict(), Shape.CACHE, family.name(), "spec \"" + lit.value() + "\" sets no bound");
  }

  private boolean looksLikeCollection(Expr arg, int depth) {
    if (arg instanceof Expr.Literal) {
      return false;
    }
    if (arg instanceof Expr.Name name) {
      // CAPACITY, maxSize, MAX_PENDING_JOBS, limit: a capacity; anything else named like a
      // collection is a copy.
      for (String word : name.text().split("[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])")) {
        if (CAPACITY_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
          return false;
        }
      }
      String n = name.text().toLowerCase(Locale.ROOT);
      return n.endsWith("s") && !n.endsWith("size") || n.contains("map") || n.contains("list") || n.contains("set");
    }
    return classify(arg, depth + 1).verdict() != Verdict.UNKNOWN;
  }

  private boolean isExtraBounded(String type) {
    for (String b : options.boundedTypes()) {
      if (Names.matches(type, b) || Names.matches(b, type)) {
        return true;
      }
    }
    return false;
  }
}
