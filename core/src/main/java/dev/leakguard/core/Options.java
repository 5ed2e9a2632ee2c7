package dev.leakguard.core;

import java.util.Set;

/**
 * The judge's options, the same in every front end. Their names, defaults, descriptions, the
 * spelling of each in every front end and the parsing of their values are in one table,
 * {@link dev.leakguard.core.options.LeakguardOption}.
 *
 * @param requireGrowthEvidence precise mode (true): flag a holder only when a run-time growth site
 *     is seen; strict mode (false): flag every static or singleton mutable unbounded collection
 *     that has no documented bound and no eviction, weak collections included
 * @param weakCollectionsEvict count weak and soft collections as evicting (true) or report them
 * @param singletonAnnotations extra annotations (simple or qualified names) that make a class a
 *     singleton
 * @param boundedTypes extra types (simple or qualified names) known to be bounded
 */
public record Options(
    boolean requireGrowthEvidence,
    boolean weakCollectionsEvict,
    Set<String> singletonAnnotations,
    Set<String> boundedTypes) {

  public static final Options DEFAULT = new Options(true, true, Set.of(), Set.of());

  public Options {
    singletonAnnotations = Set.copyOf(singletonAnnotations);
    boundedTypes = Set.copyOf(boundedTypes);
  }

  public boolean strict() {
    return !requireGrowthEvidence;
  }

  public Options withRequireGrowthEvidence(boolean value) {
    return new Options(value, weakCollectionsEvict, singletonAnnotations, boundedTypes);
  }

  public Options withWeakCollectionsEvict(boolean value) {
    return new Options(requireGrowthEvidence, value, singletonAnnotations, boundedTypes);
  }

  public Options withSingletonAnnotations(Set<String> value) {
    return new Options(requireGrowthEvidence, weakCollectionsEvict, value, boundedTypes);
  }

  public Options withBoundedTypes(Set<String> value) {
    return new Options(requireGrowthEvidence, weakCollectionsEvict, singletonAnnotations, value);
  }
}
