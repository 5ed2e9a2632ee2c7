package dev.leakguard.core.catalog;

import static dev.leakguard.core.catalog.Shape.DEQUE;
import static dev.leakguard.core.catalog.Shape.LIST;
import static dev.leakguard.core.catalog.Shape.MAP;
import static dev.leakguard.core.catalog.Shape.QUEUE;
import static dev.leakguard.core.catalog.Shape.SET;
import static dev.leakguard.core.catalog.Verdict.BOUNDED;
import static dev.leakguard.core.catalog.Verdict.UNBOUNDED;

/**
 * The primitive and high-performance collection libraries services use for large in-memory
 * indexes: fastutil, Eclipse Collections, HPPC, Trove and Agrona. Their hash maps, sets, array
 * lists and queues grow like java.util's (their growth and removal calls, such as {@code addTo},
 * {@code getIfAbsentPut} and {@code removeKey}, are in {@link MethodSemantics}); Agrona's caches
 * are bounded.
 */
final class PrimitiveCollections implements LibraryCatalog {
  private static final String GROWS = "grows with every put or add and has no capacity";
  /** fastutil's type-name prefixes and the package each lives in. */
  private static final String[][] FASTUTIL = {
      {"Int", "ints"}, {"Long", "longs"}, {"Double", "doubles"}, {"Float", "floats"}, {"Short", "shorts"},
      {"Byte", "bytes"}, {"Char", "chars"}, {"Object", "objects"}, {"Reference", "objects"}};
  private static final String[] FASTUTIL_VALUES = {
      "Int", "Long", "Double", "Float", "Short", "Byte", "Char", "Boolean", "Object", "Reference"};
  /** The element types of Eclipse Collections', HPPC's and Trove's primitive containers. */
  private static final String[] PRIMITIVES = {"Int", "Long", "Double", "Float", "Short", "Byte", "Char"};

  @Override
  public void contribute(Catalog.Builder c) {
    fastutil(c);
    eclipseCollections(c);
    hppc(c);
    trove(c);
    agrona(c);
  }

  private static void fastutil(Catalog.Builder c) {
    for (String[] key : FASTUTIL) {
      String p = "it.unimi.dsi.fastutil." + key[1] + ".";
      for (String value : FASTUTIL_VALUES) {
        for (String kind : new String[] {"OpenHashMap", "LinkedOpenHashMap", "OpenCustomHashMap", "AVLTreeMap", "RBTreeMap",
            "ArrayMap"}) {
          c.type(p + key[0] + "2" + value + kind, UNBOUNDED, MAP, GROWS);
        }
      }
      for (String kind : new String[] {"OpenHashSet", "LinkedOpenHashSet", "OpenCustomHashSet", "AVLTreeSet", "RBTreeSet",
          "ArraySet"}) {
        c.type(p + key[0] + kind, UNBOUNDED, SET, GROWS);
      }
      c.type(p + key[0] + "ArrayList", UNBOUNDED, LIST, GROWS);
      c.type(p + key[0] + "BigArrayBigList", UNBOUNDED, LIST, GROWS);
      c.type(p + key[0] + "ArrayFIFOQueue", UNBOUNDED, DEQUE, GROWS);
      c.type(p + key[0] + "HeapPriorityQueue", UNBOUNDED, QUEUE, GROWS);
      c.type(p + key[0] + "ArrayPriorityQueue", UNBOUNDED, QUEUE, GROWS);
    }
  }

  private static void eclipseCollections(Catalog.Builder c) {
    String p = "org.eclipse.collections.impl.";
    c.type(p + "map.mutable.UnifiedMap", UNBOUNDED, MAP, GROWS);
    c.factory(p + "map.mutable.UnifiedMap", "newMap", UNBOUNDED, MAP, GROWS);
    c.type(p + "map.mutable.ConcurrentHashMap", UNBOUNDED, MAP, GROWS);
    c.type(p + "map.mutable.ConcurrentHashMapUnsafe", UNBOUNDED, MAP, GROWS);
    c.type(p + "set.mutable.UnifiedSet", UNBOUNDED, SET, GROWS);
    c.factory(p + "set.mutable.UnifiedSet", "newSet", UNBOUNDED, SET, GROWS);
    c.type(p + "list.mutable.FastList", UNBOUNDED, LIST, GROWS);
    c.factory(p + "list.mutable.FastList", "newList", UNBOUNDED, LIST, GROWS);
    c.type(p + "multimap.list.FastListMultimap", UNBOUNDED, Shape.MULTIMAP, GROWS);
    c.type(p + "multimap.set.UnifiedSetMultimap", UNBOUNDED, Shape.MULTIMAP, GROWS);
    c.type(p + "bag.mutable.HashBag", UNBOUNDED, Shape.MULTISET, GROWS);
    for (String key : withObject(PRIMITIVES)) {
      for (String value : withObject(PRIMITIVES)) {
        if (!(key.equals("Object") && value.equals("Object"))) {
          c.type(p + "map.mutable.primitive." + key + value + "HashMap", UNBOUNDED, MAP, GROWS);
        }
      }
    }
    for (String e : PRIMITIVES) {
      c.type(p + "set.mutable.primitive." + e + "HashSet", UNBOUNDED, SET, GROWS);
      c.type(p + "list.mutable.primitive." + e + "ArrayList", UNBOUNDED, LIST, GROWS);
    }
  }

  private static void hppc(Catalog.Builder c) {
    String p = "com.carrotsearch.hppc.";
    for (String key : withObject(PRIMITIVES)) {
      for (String value : withObject(PRIMITIVES)) {
        if (!(key.equals("Object") && value.equals("Object"))) {
          c.type(p + key + value + "HashMap", UNBOUNDED, MAP, GROWS);
          c.type(p + key + value + "ScatterMap", UNBOUNDED, MAP, GROWS);
        }
      }
      c.type(p + key + "HashSet", UNBOUNDED, SET, GROWS);
      c.type(p + key + "ScatterSet", UNBOUNDED, SET, GROWS);
      c.type(p + key + "ArrayList", UNBOUNDED, LIST, GROWS);
      c.type(p + key + "ArrayDeque", UNBOUNDED, DEQUE, GROWS);
    }
  }

  private static void trove(Catalog.Builder c) {
    for (String key : withObject(PRIMITIVES)) {
      for (String value : withObject(PRIMITIVES)) {
        if (!(key.equals("Object") && value.equals("Object"))) {
          c.type("gnu.trove.map.hash.T" + key + value + "HashMap", UNBOUNDED, MAP, GROWS);
        }
      }
    }
    for (String e : PRIMITIVES) {
      c.type("gnu.trove.set.hash.T" + e + "HashSet", UNBOUNDED, SET, GROWS);
      c.type("gnu.trove.list.array.T" + e + "ArrayList", UNBOUNDED, LIST, GROWS);
    }
    c.type("gnu.trove.map.hash.THashMap", UNBOUNDED, MAP, GROWS);
    c.type("gnu.trove.set.hash.THashSet", UNBOUNDED, SET, GROWS);
  }

  private static void agrona(Catalog.Builder c) {
    String p = "org.agrona.collections.";
    for (String t : new String[] {"Int2IntHashMap", "Int2ObjectHashMap", "Long2LongHashMap", "Long2ObjectHashMap",
        "Object2IntHashMap", "Object2LongHashMap", "Object2ObjectHashMap", "IntHashSet", "LongHashSet", "ObjectHashSet",
        "IntArrayList", "LongArrayList", "IntArrayQueue", "LongArrayQueue"}) {
      Shape shape = t.endsWith("Map") ? MAP : t.endsWith("Set") ? SET : t.endsWith("Queue") ? QUEUE : LIST;
      c.type(p + t, UNBOUNDED, shape, GROWS);
    }
    c.type(p + "Int2ObjectCache", BOUNDED, Shape.CACHE, "a fixed number of sets and ways: evicts past its capacity");
    c.type(p + "IntLruCache", BOUNDED, Shape.CACHE, "evicts the least recently used entry past its capacity");
  }

  private static String[] withObject(String[] primitives) {
    String[] out = java.util.Arrays.copyOf(primitives, primitives.length + 1);
    out[primitives.length] = "Object";
    return out;
  }
}
