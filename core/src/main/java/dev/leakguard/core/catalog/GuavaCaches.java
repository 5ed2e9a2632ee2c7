package dev.leakguard.core.catalog;

import java.util.Set;

/** Guava's {@code CacheBuilder} chains and {@code MapMaker}. */
final class GuavaCaches implements LibraryCatalog {
  @Override
  public void contribute(Catalog.Builder c) {
    c.builder(new BuilderFamily(
        "Guava cache",
        "com.google.common.cache.CacheBuilder",
        Set.of("newBuilder"),
        Set.of("from"),
        // keep-sorted start
        Set.of("expireAfterAccess", "expireAfterWrite", "maximumSize", "maximumWeight", "softValues", "weakKeys", "weakValues"),
        // keep-sorted end
        Set.of("build"),
        true,
        Verdict.UNBOUNDED_CACHE,
        Shape.CACHE,
        false));
    // new MapMaker()...makeMap(): a ConcurrentHashMap unless weak keys or values.
    c.builder(new BuilderFamily(
        "MapMaker map",
        "com.google.common.collect.MapMaker",
        Set.of(),
        Set.of(),
        Set.of("weakKeys", "weakValues"),
        Set.of("makeMap"),
        false,
        Verdict.UNBOUNDED,
        Shape.MAP,
        false));
  }
}
