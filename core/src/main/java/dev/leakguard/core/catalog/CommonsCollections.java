package dev.leakguard.core.catalog;

import static dev.leakguard.core.catalog.Shape.LIST;
import static dev.leakguard.core.catalog.Shape.MAP;
import static dev.leakguard.core.catalog.Shape.QUEUE;
import static dev.leakguard.core.catalog.Verdict.BOUNDED;

/** Apache Commons Collections (3 and 4): LRU and fixed-size containers, the Bounded* interfaces. */
final class CommonsCollections implements LibraryCatalog {
  @Override
  public void contribute(Catalog.Builder c) {
    for (String p : new String[] {"org.apache.commons.collections4.", "org.apache.commons.collections."}) {
      // static methods that act on the collection or map they are given as its own call would
      c.helper(p + "CollectionUtils", "addAll", 0, "addAll", 1);
      c.helper(p + "CollectionUtils", "addIgnoreNull", 0, "add", 1);
      c.helper(p + "CollectionUtils", "filter", 0, "removeIf", 1);
      c.helper(p + "MapUtils", "safeAddToMap", 0, "put", 2);
      c.helper(p + "MapUtils", "putAll", 0, "putAll", 1);
      c.type(p + "map.LRUMap", BOUNDED, MAP, "evicts the least recently used entry past its maximum size");
      c.type(p + "map.PassiveExpiringMap", BOUNDED, MAP, "expires entries after a time to live");
      c.type(p + "queue.CircularFifoQueue", BOUNDED, QUEUE, "evicts its oldest element past its capacity");
      c.type(p + "buffer.CircularFifoBuffer", BOUNDED, QUEUE, "evicts its oldest element past its capacity");
      c.factory(p + "map.FixedSizeMap", "*", BOUNDED, MAP, "fixed size");
      c.factory(p + "list.FixedSizeList", "*", BOUNDED, LIST, "fixed size");
      c.boundedSupertype(p + "BoundedMap");
      c.boundedSupertype(p + "BoundedCollection");
    }
  }
}
