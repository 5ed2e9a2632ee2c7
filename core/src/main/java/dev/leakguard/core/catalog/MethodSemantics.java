package dev.leakguard.core.catalog;

import java.util.List;
import java.util.Set;

/**
 * What a chain of calls starting on a holder means: {@code [put]} grows it,
 * {@code [entrySet, iterator, remove]} shrinks it, {@code [computeIfAbsent, add]} grows it (the
 * first call already does), {@code [get, add]} grows a collection nested in it.
 */
public final class MethodSemantics {
  // keep-sorted start
  // computeIfPresent never adds: it replaces, or removes when its function returns null.
  // The primitive collection libraries' own names (PrimitiveCollections): fastutil's addTo, rem,
  // removeInt, enqueue and dequeue; Eclipse Collections' getIfAbsentPut, addToValue, updateValue and
  // removeKey; HPPC's putOrAdd and indexRemove; Trove's adjustOrPutValue and retainEntries.
  private static final Set<String> GROWTH = Set.of(
      "add", "addAll", "addElement", "addFirst", "addLast", "addTo", "addToValue", "adjustOrPutValue", "compute",
      "computeIfAbsent", "enqueue", "enqueueFirst", "getIfAbsentPut", "getIfAbsentPutWith", "getIfAbsentPutWithKey",
      "insertElementAt", "merge", "offer", "offerFirst", "offerLast", "push", "put", "putAll", "putFirst", "putIfAbsent",
      "putLast", "putOrAdd", "transfer", "tryTransfer", "updateValue");
  private static final Set<String> SHRINK = Set.of(
      "clear", "computeIfPresent", "dequeue", "dequeueDouble", "dequeueInt", "dequeueLast", "dequeueLastInt",
      "dequeueLastLong", "dequeueLong", "drainTo", "evict", "evictIfPresent", "indexRemove", "invalidate",
      "invalidateAll", "poll", "pollFirst", "pollFirstEntry", "pollLast", "pollLastEntry", "pop", "rem", "remove",
      "removeAll", "removeAllElements", "removeDouble", "removeElement", "removeElementAt", "removeFirst",
      "removeFirstOccurrence", "removeIf", "removeInt", "removeKey", "removeKeyIfAbsent", "removeLast",
      "removeLastOccurrence", "removeLong", "retainAll", "retainEntries", "take");
  /** Calls whose result is a live view of the holder: changes through it change the holder. */
  private static final Set<String> VIEWS = Set.of(
      "asMap", "descendingIterator", "descendingKeySet", "descendingMap", "descendingSet", "entries",
      "entrySet", "headMap", "headSet", "iterator", "keySet", "keys", "listIterator", "navigableKeySet",
      "reversed", "sequencedEntrySet", "sequencedKeySet", "sequencedValues", "subList", "subMap", "subSet",
      "tailMap", "tailSet", "values");
  /** Calls that return an element, which may itself be a collection that then grows. */
  private static final Set<String> ELEMENT = Set.of(
      "computeIfAbsent", "element", "get", "getCache", "getFirst", "getIfPresent", "getLast", "getOrDefault",
      "getUnchecked", "peek", "peekFirst", "peekLast");
  /** Cache calls that load a value on a miss, given a loader argument (or a loading cache). */
  private static final Set<String> CACHE_LOADS = Set.of("get", "getAll");
  private static final Set<String> LOADING_CACHE_LOADS = Set.of("get", "getAll", "getUnchecked", "refresh");
  /** What an event bus or a listener support object keeps a registered object for, and lets it go with. */
  private static final Set<String> REGISTERS = Set.of(
      "addPropertyChangeListener", "addVetoableChangeListener", "register");
  private static final Set<String> UNREGISTERS = Set.of(
      "removePropertyChangeListener", "removeVetoableChangeListener", "unregister");
  // keep-sorted end

  /** Shrink calls that hand back what they removed: {@code poll}, {@code take}, {@code pop}, ... */
  private static final Set<String> TAKING = Set.of(
      "dequeue", "dequeueInt", "dequeueLong", "poll", "pollFirst", "pollLast", "pop", "remove", "removeFirst",
      "removeLast", "take");
  /** Growth calls whose value is the element now in the holder (a nested collection may follow). */
  private static final Set<String> GROW_AND_GET = Set.of("compute", "computeIfAbsent", "getIfAbsentPut",
      "getIfAbsentPutWith", "getIfAbsentPutWithKey", "merge");

  private MethodSemantics() {}

  public static boolean isGrowthCall(String method) {
    return GROWTH.contains(method);
  }

  /** A call that adds its argument to a holder of some shape: a growth call, or a listener registry's registration. */
  public static boolean addsItsArgument(String method) {
    return GROWTH.contains(method) || REGISTERS.contains(method);
  }

  public static boolean isTakingCall(String method) {
    return TAKING.contains(method);
  }

  /** {@link #effectOf(List, int, Shape, int)} with every call made at the use. */
  public static Effect effectOf(List<String> calls, int arity, Shape shape) {
    return effectOf(calls, arity, shape, 0);
  }

  /**
   * @param calls the method names in order, starting on the holder
   * @param arity the last call's argument count (-1 for a method reference: unknown)
   * @param shape the holder's shape (a cache's {@code get(key, loader)} grows it)
   * @param prefixSize how many leading calls were made elsewhere (an alias's or getter's value):
   *     they only lead to what the use works on
   */
  public static Effect effectOf(List<String> calls, int arity, Shape shape, int prefixSize) {
    if (calls.isEmpty()) {
      return Effect.OTHER;
    }
    if (shape == Shape.LISTENERS) {
      return listenerEffect(calls, prefixSize);
    }
    boolean throughElement = false;
    for (int i = 0; i < calls.size(); i++) {
      String m = calls.get(i);
      boolean last = i == calls.size() - 1;
      int argc = last ? arity : -2;
      if (i < prefixSize) {
        // Made where the value was taken: what it gave is an element (get, computeIfAbsent) or a
        // view; anything else (a previous value from put, an element polled out) is not the holder.
        if (ELEMENT.contains(m) || GROW_AND_GET.contains(m)) {
          throughElement = true;
        } else if (!VIEWS.contains(m)) {
          return Effect.OTHER;
        }
        continue;
      }
      if (GROW_AND_GET.contains(m) && !last) {
        // computeIfAbsent(k, ..).add(v) grows; computeIfAbsent(k, ..).remove(v) only looks the entry up.
        Effect rest = effectOf(calls.subList(i + 1, calls.size()), arity, shape, 0);
        return rest == Effect.SHRINK || rest == Effect.OTHER && SHRINK.contains(calls.get(i + 1))
            ? Effect.OTHER : Effect.GROW;
      }
      if (!throughElement && shape.isCache() && isCacheLoad(m, argc, shape)) {
        return Effect.GROW;
      }
      if (GROWTH.contains(m) || isInterning(m, argc, throughElement)) {
        return Effect.GROW;
      }
      if (SHRINK.contains(m)) {
        // Removing from a nested collection does not evict the holder's own entries.
        return throughElement ? Effect.OTHER : Effect.SHRINK;
      }
      if ((m.equals("size") || m.equals("isEmpty")) && !throughElement && last) {
        return Effect.SIZE;
      }
      if (ELEMENT.contains(m)) {
        throughElement = true;
      } else if (!VIEWS.contains(m)) {
        return Effect.OTHER;
      }
    }
    return Effect.OTHER;
  }

  /** A listener registry's own calls: registering grows it, unregistering shrinks it; nothing else does. */
  private static Effect listenerEffect(List<String> calls, int prefixSize) {
    if (calls.size() != 1 || prefixSize != 0) {
      return Effect.OTHER;
    }
    String m = calls.get(0);
    return REGISTERS.contains(m) ? Effect.GROW : UNREGISTERS.contains(m) ? Effect.SHRINK : Effect.OTHER;
  }

  /**
   * An interner's {@code intern(value)} adds the value when no equal one is there yet; a String's
   * own {@code intern()} (no argument, on an element) adds nothing to the holder.
   */
  private static boolean isInterning(String method, int argc, boolean throughElement) {
    return method.equals("intern") && argc != 0 && !throughElement;
  }

  private static boolean isCacheLoad(String method, int argc, Shape shape) {
    if (shape == Shape.LOADING_CACHE && LOADING_CACHE_LOADS.contains(method)) {
      return true;
    }
    // get(key, loader) / getAll(keys, loader); a method reference (-1) to get may load too
    return CACHE_LOADS.contains(method) && (argc == 2 || argc == -1);
  }
}
