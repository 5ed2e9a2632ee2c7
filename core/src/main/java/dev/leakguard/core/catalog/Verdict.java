package dev.leakguard.core.catalog;

/** What the catalog concludes about a value's growth. */
public enum Verdict {
  /** A growable collection or map with no bound: a holder of it is judged. */
  UNBOUNDED,
  /** A cache with no size, weight, time or reference bound: rule UnboundedCacheBuilder. */
  UNBOUNDED_CACHE,
  /** Weak or soft references: evicting by default (option weakCollectionsEvict), not bounded. */
  WEAK,
  /** Has a capacity, a size or time limit, or a finite key domain. */
  BOUNDED,
  /** Cannot grow at all. */
  IMMUTABLE,
  /** Not a value the catalog knows: never judged (precision first). */
  UNKNOWN;

  /** How much a value of this verdict matters when a holder may hold several: the worst wins. */
  public int severity() {
    return switch (this) {
      case UNBOUNDED, UNBOUNDED_CACHE -> 4;
      case WEAK -> 3;
      case BOUNDED, IMMUTABLE -> 2;
      case UNKNOWN -> 0;
    };
  }

  public boolean isJudged() {
    return this == UNBOUNDED || this == UNBOUNDED_CACHE || this == WEAK;
  }
}
