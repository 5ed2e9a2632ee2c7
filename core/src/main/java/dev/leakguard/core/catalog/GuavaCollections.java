package dev.leakguard.core.catalog;

import static dev.leakguard.core.catalog.Shape.DEQUE;
import static dev.leakguard.core.catalog.Shape.LIST;
import static dev.leakguard.core.catalog.Shape.MAP;
import static dev.leakguard.core.catalog.Shape.MULTIMAP;
import static dev.leakguard.core.catalog.Shape.MULTISET;
import static dev.leakguard.core.catalog.Shape.QUEUE;
import static dev.leakguard.core.catalog.Shape.SET;
import static dev.leakguard.core.catalog.Verdict.BOUNDED;
import static dev.leakguard.core.catalog.Verdict.IMMUTABLE;
import static dev.leakguard.core.catalog.Verdict.UNBOUNDED;
import static dev.leakguard.core.catalog.Verdict.WEAK;

import java.util.Set;

/** Guava's mutable collections, multimaps and multisets, its Immutable* types, EvictingQueue, interners, event buses. */
final class GuavaCollections implements LibraryCatalog {
  private static final String P = "com.google.common.collect.";
  private static final String GROWS = "grows with every put and has no capacity";

  @Override
  public void contribute(Catalog.Builder c) {
    // static methods that act on the collection they are given as its own call would
    for (String t : new String[] {"Iterables", "Iterators"}) {
      c.helper(P + t, "addAll", 0, "addAll", 1);
      c.helper(P + t, "removeAll", 0, "removeAll", 1);
      c.helper(P + t, "removeIf", 0, "removeIf", 1);
      c.helper(P + t, "retainAll", 0, "retainAll", 1);
    }
    // keep-sorted start: mutable multimaps, multisets and bimaps, created with create()
    for (String t : new String[] {"ArrayListMultimap", "HashMultimap", "LinkedHashMultimap", "LinkedListMultimap", "TreeMultimap"}) {
      c.factory(P + t, "create", UNBOUNDED, MULTIMAP, GROWS);
    }
    for (String t : new String[] {"ConcurrentHashMultiset", "HashMultiset", "LinkedHashMultiset", "TreeMultiset"}) {
      c.factory(P + t, "create", UNBOUNDED, MULTISET, GROWS);
    }
    c.factory(P + "HashBiMap", "create", UNBOUNDED, MAP, GROWS);
    c.factory(P + "HashBasedTable", "create", UNBOUNDED, MAP, GROWS);
    c.factory(P + "TreeBasedTable", "create", UNBOUNDED, MAP, GROWS);
    // keep-sorted end
    c.factory(P + "Lists", "newArrayList", UNBOUNDED, LIST, GROWS);
    c.factory(P + "Lists", "newArrayListWithCapacity", UNBOUNDED, LIST, "an initial capacity is not a bound");
    c.factory(P + "Lists", "newArrayListWithExpectedSize", UNBOUNDED, LIST, "an expected size is not a bound");
    c.factory(P + "Lists", "newCopyOnWriteArrayList", UNBOUNDED, LIST, GROWS);
    c.factory(P + "Lists", "newLinkedList", UNBOUNDED, LIST, GROWS);
    for (String m : new String[] {"newHashMap", "newHashMapWithExpectedSize", "newLinkedHashMap", "newLinkedHashMapWithExpectedSize", "newTreeMap", "newConcurrentMap", "newIdentityHashMap"}) {
      c.factory(P + "Maps", m, UNBOUNDED, MAP, GROWS);
    }
    c.factory(P + "Maps", "newEnumMap", BOUNDED, MAP, "at most one entry per enum constant");
    for (String m : new String[] {"newHashSet", "newHashSetWithExpectedSize", "newLinkedHashSet", "newLinkedHashSetWithExpectedSize", "newTreeSet", "newConcurrentHashSet", "newCopyOnWriteArraySet", "newIdentityHashSet"}) {
      c.factory(P + "Sets", m, UNBOUNDED, SET, GROWS);
    }
    c.factory(P + "Sets", "newEnumSet", BOUNDED, SET, "at most one element per enum constant");
    for (String m : new String[] {"newArrayDeque", "newConcurrentLinkedQueue", "newPriorityBlockingQueue", "newPriorityQueue", "newLinkedTransferQueue"}) {
      c.factory(P + "Queues", m, UNBOUNDED, m.contains("Deque") ? DEQUE : QUEUE, GROWS);
    }
    c.factoryWithCapacity(P + "Queues", "newLinkedBlockingQueue", QUEUE, "has no capacity argument");
    c.factoryWithCapacity(P + "Queues", "newLinkedBlockingDeque", DEQUE, "has no capacity argument");
    c.factory(P + "Queues", "newArrayBlockingQueue", BOUNDED, QUEUE, "fixed capacity");
    c.factory(P + "EvictingQueue", "create", BOUNDED, QUEUE, "evicts its oldest element past its capacity");
    c.wrapper(P + "Multimaps", "synchronizedMultimap", null);
    c.wrapper(P + "Multimaps", "synchronizedListMultimap", null);
    c.wrapper(P + "Multimaps", "synchronizedSetMultimap", null);
    c.wrapper(P + "Multisets", "synchronizedMultiset", null);
    c.factory(P + "Multimaps", "newListMultimap", UNBOUNDED, MULTIMAP, GROWS);
    c.factory(P + "Multimaps", "newSetMultimap", UNBOUNDED, MULTIMAP, GROWS);
    c.factory(P + "Multimaps", "newMultimap", UNBOUNDED, MULTIMAP, GROWS);
    for (String t : new String[] {"ImmutableList", "ImmutableSet", "ImmutableMap", "ImmutableSortedMap", "ImmutableSortedSet", "ImmutableMultimap", "ImmutableListMultimap", "ImmutableSetMultimap", "ImmutableMultiset", "ImmutableBiMap", "ImmutableTable", "ImmutableCollection", "ImmutableRangeMap", "ImmutableRangeSet"}) {
      Shape s = t.contains("Multimap") ? MULTIMAP : t.endsWith("Map") || t.endsWith("Table") ? MAP : t.endsWith("Set") ? SET : t.endsWith("List") ? LIST : Shape.COLLECTION;
      c.factory(P + t, "*", IMMUTABLE, s, "immutable");
      c.type(P + t, IMMUTABLE, s, "immutable");
    }
    // An interner keeps one canonical copy of each distinct value: strong ones keep them all.
    c.factory(P + "Interners", "newStrongInterner", UNBOUNDED, SET, "a strong interner keeps every distinct value it interns");
    c.factory(P + "Interners", "newWeakInterner", WEAK, SET, "weak: a value goes once nothing else holds it");
    c.builder(new BuilderFamily("Guava interner", P + "Interners", Set.of("newBuilder"), Set.of(), Set.of("weak"),
        Set.of("build"), false, UNBOUNDED, SET, false));
    // An event bus keeps every registered subscriber until it is unregistered.
    for (String t : new String[] {"com.google.common.eventbus.EventBus", "com.google.common.eventbus.AsyncEventBus"}) {
      c.type(t, UNBOUNDED, Shape.LISTENERS, "keeps every object registered with it until it is unregistered");
    }
    // MultimapBuilder.hashKeys().arrayListValues().build() starts on MultimapBuilder.
    c.factory(P + "MultimapBuilder", "*", UNBOUNDED, MULTIMAP, GROWS);
  }
}
