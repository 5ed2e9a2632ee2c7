package dev.leakguard.core.catalog;

import java.util.Set;

/** Caffeine: {@code Caffeine.newBuilder()...build()} and {@code Caffeine.from(spec)}. */
final class CaffeineCaches implements LibraryCatalog {
  @Override
  public void contribute(Catalog.Builder c) {
    c.builder(new BuilderFamily(
        "Caffeine cache",
        "com.github.benmanes.caffeine.cache.Caffeine",
        Set.of("newBuilder"),
        Set.of("from"),
        // keep-sorted start
        Set.of("expireAfter", "expireAfterAccess", "expireAfterWrite", "maximumSize", "maximumWeight", "softValues", "weakKeys", "weakValues"),
        // keep-sorted end
        Set.of("build", "buildAsync"),
        true,
        Verdict.UNBOUNDED_CACHE,
        Shape.CACHE,
        false));
  }
}
