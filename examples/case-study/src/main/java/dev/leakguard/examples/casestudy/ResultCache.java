package dev.leakguard.examples.casestudy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Case study, leaky version. A hand-rolled singleton result cache (private constructor,
 * {@code INSTANCE}, {@code getInstance()}) backed by a plain HashMap with no size limit, no expiry
 * and no removal: every distinct request key stays in memory for the life of the process. The key
 * is a parameter of the public {@code store} method, so the confidence is high.
 */
public final class ResultCache {

  /** A computed result and when it was computed. */
  public record Result(Map<String, Object> output, Instant computedAt) {}

  private static final ResultCache INSTANCE = new ResultCache();

  private final Map<String, Result> results = new HashMap<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=high

  private ResultCache() {}

  public static ResultCache getInstance() {
    return INSTANCE;
  }

  public synchronized void store(String key, Result r) {
    results.put(key, r); // growth
  }

  public synchronized Optional<Result> find(String key) {
    return Optional.ofNullable(results.get(key));
  }
}
