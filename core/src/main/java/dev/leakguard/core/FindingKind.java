package dev.leakguard.core;

/** Why a finding was reported: tests and reports key on this, not on the message text. */
public enum FindingKind {
  /** A run-time growth site was seen and no eviction or documented bound. */
  GROWTH,
  /** Strict mode: a mutable unbounded holder with no documented bound and no growth seen. */
  STRICT,
  /** {@code @Bounded("")}, {@code @Evicted(" ")} or {@code Bound:} with nothing after it. */
  BLANK_REASON,
  /** A cache built with no bound, with a run-time growth site (or any, in strict mode). */
  UNBOUNDED_CACHE
}
