package dev.leakguard.examples.casestudy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Case study, fixed version. The singleton keeps its shape (private constructor, {@code INSTANCE},
 * {@code getInstance()}), but the results live in a Caffeine cache bounded by size and by time,
 * so nothing is reported.
 */
public final class ResultCache {

  /** A computed result and when it was computed. */
  public record Result(Map<String, Object> output, Instant computedAt) {}

  private static final ResultCache INSTANCE = new ResultCache();

  private final Cache<String, Result> results = Caffeine.newBuilder() // expect: none
      .maximumSize(1000)
      .expireAfterWrite(Duration.ofMinutes(15))
      .build();

  private ResultCache() {}

  public static ResultCache getInstance() {
    return INSTANCE;
  }

  public void store(String key, Result r) {
    results.put(key, r);
  }

  public Optional<Result> find(String key) {
    return Optional.ofNullable(results.getIfPresent(key));
  }
}
