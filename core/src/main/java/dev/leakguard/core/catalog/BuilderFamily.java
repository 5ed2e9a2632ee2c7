package dev.leakguard.core.catalog;

import java.util.Set;

/**
 * A fluent builder of caches or maps (Caffeine, Guava's CacheBuilder and MapMaker, cache2k): how
 * a chain starts, which calls bound it, which call ends it, and the verdict without a bound.
 *
 * @param name as messages show it ("Caffeine cache")
 * @param owner the builder's type: static roots are called on it, or it is created with new
 * @param roots static methods that start a chain ({@code newBuilder}); empty if started by new
 * @param specMethods static roots taking a spec string ({@code from("maximumSize=100")})
 * @param boundingCalls calls (and spec keys) that bound what is built
 * @param terminals calls that build; a terminal with one argument builds a loading cache when
 *     {@code loadingWithArgument}
 * @param unboundedVerdict what an unbounded chain builds
 * @param boundedByDefault cache2k: every cache has a capacity unless told otherwise
 */
public record BuilderFamily(
    String name,
    String owner,
    Set<String> roots,
    Set<String> specMethods,
    Set<String> boundingCalls,
    Set<String> terminals,
    boolean loadingWithArgument,
    Verdict unboundedVerdict,
    Shape unboundedShape,
    boolean boundedByDefault) {}
