package dev.leakguard.core.catalog;

import static dev.leakguard.core.catalog.Shape.DEQUE;
import static dev.leakguard.core.catalog.Shape.LIST;
import static dev.leakguard.core.catalog.Shape.MAP;
import static dev.leakguard.core.catalog.Shape.QUEUE;
import static dev.leakguard.core.catalog.Shape.SET;
import static dev.leakguard.core.catalog.Verdict.BOUNDED;
import static dev.leakguard.core.catalog.Verdict.IMMUTABLE;
import static dev.leakguard.core.catalog.Verdict.UNBOUNDED;
import static dev.leakguard.core.catalog.Verdict.WEAK;

/** java.util and java.util.concurrent. */
final class JdkCollections implements LibraryCatalog {
  private static final String GROWS = "grows with every add or put and has no capacity";

  @Override
  public void contribute(Catalog.Builder c) {
    // a static method that grows the collection it is given, as the collection's own addAll would
    c.helper("java.util.Collections", "addAll", 0, "addAll", 1);
    // keep-sorted start: unbounded java.util
    c.type("java.util.ArrayDeque", UNBOUNDED, DEQUE, GROWS);
    c.type("java.util.ArrayList", UNBOUNDED, LIST, GROWS);
    c.type("java.util.HashMap", UNBOUNDED, MAP, GROWS);
    c.type("java.util.HashSet", UNBOUNDED, SET, GROWS);
    c.type("java.util.Hashtable", UNBOUNDED, MAP, GROWS);
    c.type("java.util.IdentityHashMap", UNBOUNDED, MAP, GROWS);
    c.type("java.util.LinkedHashMap", UNBOUNDED, MAP, GROWS + " (no removeEldestEntry)");
    c.type("java.util.LinkedHashSet", UNBOUNDED, SET, GROWS);
    c.type("java.util.LinkedList", UNBOUNDED, LIST, GROWS);
    c.type("java.util.PriorityQueue", UNBOUNDED, QUEUE, GROWS);
    c.type("java.util.Stack", UNBOUNDED, LIST, GROWS);
    c.type("java.util.TreeMap", UNBOUNDED, MAP, GROWS);
    c.type("java.util.TreeSet", UNBOUNDED, SET, GROWS);
    c.type("java.util.Vector", UNBOUNDED, LIST, GROWS);
    // keep-sorted end
    // keep-sorted start: unbounded java.util.concurrent
    c.type("java.util.concurrent.ConcurrentHashMap", UNBOUNDED, MAP, GROWS);
    c.type("java.util.concurrent.ConcurrentLinkedDeque", UNBOUNDED, DEQUE, GROWS);
    c.type("java.util.concurrent.ConcurrentLinkedQueue", UNBOUNDED, QUEUE, GROWS);
    c.type("java.util.concurrent.ConcurrentSkipListMap", UNBOUNDED, MAP, GROWS);
    c.type("java.util.concurrent.ConcurrentSkipListSet", UNBOUNDED, SET, GROWS);
    c.type("java.util.concurrent.CopyOnWriteArrayList", UNBOUNDED, LIST, GROWS);
    c.type("java.util.concurrent.CopyOnWriteArraySet", UNBOUNDED, SET, GROWS);
    c.type("java.util.concurrent.DelayQueue", UNBOUNDED, QUEUE, GROWS);
    c.type("java.util.concurrent.LinkedTransferQueue", UNBOUNDED, QUEUE, GROWS);
    c.type("java.util.concurrent.PriorityBlockingQueue", UNBOUNDED, QUEUE, GROWS);
    c.typeWithCapacity("java.util.concurrent.LinkedBlockingDeque", DEQUE, "has no capacity argument");
    c.typeWithCapacity("java.util.concurrent.LinkedBlockingQueue", QUEUE, "has no capacity argument");
    // keep-sorted end
    // keep-sorted start: bounded, immutable, weak
    c.type("java.util.EnumMap", BOUNDED, MAP, "at most one entry per enum constant");
    c.type("java.util.WeakHashMap", WEAK, MAP, "weak keys: entries go when their key is collected");
    c.type("java.util.concurrent.ArrayBlockingQueue", BOUNDED, QUEUE, "fixed capacity");
    c.type("java.util.concurrent.SynchronousQueue", BOUNDED, QUEUE, "holds no elements");
    // keep-sorted end

    for (String owner : new String[] {"java.util.List", "java.util.Set", "java.util.Map"}) {
      c.factory(owner, "*", IMMUTABLE, shapeOf(owner), "immutable");
    }
    c.factory("java.util.Arrays", "asList", BOUNDED, LIST, "fixed size");
    c.factory("java.util.EnumSet", "*", BOUNDED, SET, "at most one element per enum constant");
    c.factory("java.util.concurrent.ConcurrentHashMap", "newKeySet", UNBOUNDED, SET, GROWS);
    c.factory("java.util.Collections", "nCopies", IMMUTABLE, LIST, "immutable");
    for (String kind : new String[] {"List", "Set", "Map", "SortedMap", "SortedSet", "NavigableMap", "NavigableSet", "Collection", "SequencedCollection", "SequencedMap", "SequencedSet"}) {
      Shape shape = kind.endsWith("Map") ? MAP : kind.endsWith("Set") ? SET : kind.endsWith("List") ? LIST : Shape.COLLECTION;
      c.factory("java.util.Collections", "unmodifiable" + kind, IMMUTABLE, shape, "unmodifiable view");
      c.factory("java.util.Collections", "empty" + kind, IMMUTABLE, shape, "immutable and empty");
      c.wrapper("java.util.Collections", "synchronized" + kind, null);
      c.wrapper("java.util.Collections", "checked" + kind, null);
    }
    c.factory("java.util.Collections", "singleton", IMMUTABLE, SET, "immutable");
    c.factory("java.util.Collections", "singletonList", IMMUTABLE, LIST, "immutable");
    c.factory("java.util.Collections", "singletonMap", IMMUTABLE, MAP, "immutable");
    c.wrapper("java.util.Collections", "newSetFromMap", SET);
    c.wrapper("java.util.Collections", "asLifoQueue", QUEUE);
    for (String t : new String[] {"java.beans.PropertyChangeSupport", "java.beans.VetoableChangeSupport"}) {
      c.type(t, UNBOUNDED, Shape.LISTENERS, "keeps every listener added to it until it is removed");
    }
    // ThreadLocal.withInitial(HashMap::new): each thread's own map, kept as long as the thread lives
    c.perThread("java.lang.ThreadLocal", "withInitial");
    c.perThread("java.lang.InheritableThreadLocal", "withInitial");
  }

  private static Shape shapeOf(String owner) {
    return owner.endsWith("Map") ? MAP : owner.endsWith("Set") ? SET : LIST;
  }
}
