package dev.leakguard.core.catalog;

import java.util.Set;

/** cache2k: every cache has an entry capacity (2000 by default), so its builders are bounded. */
final class Cache2kCaches implements LibraryCatalog {
  @Override
  public void contribute(Catalog.Builder c) {
    c.builder(new BuilderFamily(
        "cache2k cache",
        "org.cache2k.Cache2kBuilder",
        Set.of("of", "forUnknownTypes"),
        Set.of(),
        Set.of(),
        Set.of("build", "buildForIntKey", "buildForLongKey"),
        false,
        Verdict.UNBOUNDED_CACHE,
        Shape.CACHE,
        true));
  }
}
