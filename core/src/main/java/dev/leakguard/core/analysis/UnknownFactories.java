package dev.leakguard.core.analysis;

import dev.leakguard.core.catalog.Classification;
import dev.leakguard.core.catalog.Shape;
import dev.leakguard.core.catalog.Verdict;
import dev.leakguard.core.model.Expr;
import dev.leakguard.core.model.Names;
import dev.leakguard.core.model.TypeRef;
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
  private static final Set<String> BOUND_WORDS = Set.of(
      "bounded", "cache", "capped", "empty", "evicting", "fixed", "immutable", "limited", "lru", "readonly", "soft",
      "singleton", "unmodifiable", "weak");

  private UnknownFactories() {}

  /** The declared type's verdict for a value made by an unknown static factory; UNKNOWN otherwise. */
  static Classification judge(Expr value, TypeRef declared) {
    if (!(value instanceof Expr.Call call) || call.staticOwner() == null || call.receiver() != null || declared == null) {
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
    return new Classification(Verdict.UNBOUNDED, shape, declared.simpleName(),
        "is made by " + factory + ", a factory leakguard does not know, so it is judged by its declared type, a mutable "
            + shape.noun() + " with no bound");
  }
}
