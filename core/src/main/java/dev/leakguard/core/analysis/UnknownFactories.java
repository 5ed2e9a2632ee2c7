package dev.leakguard.core.analysis;

import dev.leakguard.core.catalog.Classification;
import dev.leakguard.core.catalog.Shape;
import dev.leakguard.core.catalog.Verdict;
import dev.leakguard.core.model.Expr;
import dev.leakguard.core.model.Names;
import dev.leakguard.core.model.TypeRef;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A collection made by a static factory leakguard does not know
 * ({@code ConcurrentMap<K, V> m = Util.newConcurrentMap()}) is judged by its declared type when
 * that is a mutable collection or map interface (DESIGN.md "Mutable unbounded"). A factory whose
 * name promises a bound or immutability ({@code newLruMap}, {@code immutableSet},
 * {@code newWeakMap}, {@code newCache}) is trusted and left unjudged.
 */
final class UnknownFactories {
  private static final Map<String, Shape> MUTABLE_INTERFACES = Map.ofEntries(
      Map.entry("Map", Shape.MAP), Map.entry("ConcurrentMap", Shape.MAP), Map.entry("SortedMap", Shape.MAP),
      Map.entry("NavigableMap", Shape.MAP), Map.entry("ConcurrentNavigableMap", Shape.MAP),
      Map.entry("List", Shape.LIST), Map.entry("Set", Shape.SET), Map.entry("SortedSet", Shape.SET),
      Map.entry("NavigableSet", Shape.SET), Map.entry("Queue", Shape.QUEUE), Map.entry("BlockingQueue", Shape.QUEUE),
      Map.entry("TransferQueue", Shape.QUEUE), Map.entry("Deque", Shape.DEQUE), Map.entry("BlockingDeque", Shape.DEQUE),
      Map.entry("Collection", Shape.COLLECTION));
  private static final Set<String> CONTAINER_BASES = Set.of(
      "AbstractCollection", "AbstractList", "AbstractMap", "AbstractQueue", "AbstractSequentialList", "AbstractSet",
      "Iterable");
  private static final Set<String> BOUND_WORDS = Set.of(
      "bounded", "cache", "capped", "empty", "evicting", "fixed", "immutable", "limited", "lru", "readonly", "soft",
      "singleton", "unmodifiable", "weak");

  private UnknownFactories() {}

  /** Whether a class of the analysed code is itself a collection or map (by its supertypes). */
  private static boolean isContainerClass(String name, ClassIndex classes) {
    java.util.ArrayDeque<String> work = new java.util.ArrayDeque<>(List.of(name));
    Set<String> seen = new java.util.HashSet<>();
    while (!work.isEmpty() && seen.size() < 64) {
      var c = classes.find(work.pop());
      if (c == null || !seen.add(c.qualifiedName())) {
        continue;
      }
      for (String s : c.superTypes()) {
        String simple = Names.simpleName(s);
        if (MUTABLE_INTERFACES.containsKey(simple) || CONTAINER_BASES.contains(simple)) {
          return true;
        }
        work.add(s);
      }
    }
    return false;
  }

  /**
   * The declared type's verdict for a value made by an unknown static factory; UNKNOWN otherwise,
   * and for a factory of a container class of the analysed code ({@code RefMap.create()} on a
   * class that is itself a map): what that class does with its entries is its own business.
   */
  static Classification judge(Expr value, TypeRef declared, ClassIndex classes) {
    if (!(value instanceof Expr.Call call) || call.staticOwner() == null || call.receiver() != null || declared == null) {
      return Classification.UNKNOWN;
    }
    if (isContainerClass(call.staticOwner(), classes)) {
      return Classification.UNKNOWN;
    }
    String type = declared.name();
    Shape shape = MUTABLE_INTERFACES.get(Names.simpleName(type));
    if (shape == null || type.contains(".") && !type.startsWith("java.util.")) {
      return Classification.UNKNOWN;
    }
    String lower = call.method().toLowerCase(Locale.ROOT);
    for (String word : BOUND_WORDS) {
      if (lower.contains(word)) {
        return Classification.UNKNOWN;
      }
    }
    String factory = Names.simpleName(call.staticOwner()) + "." + call.method() + "()";
    // (a factory on a utility class: judged by the interface it is declared as)
    return new Classification(Verdict.UNBOUNDED, shape, declared.simpleName(),
        "is made by " + factory + ", a factory leakguard does not know, so it is judged by its declared type, a mutable "
            + shape.noun() + " with no bound");
  }
}
