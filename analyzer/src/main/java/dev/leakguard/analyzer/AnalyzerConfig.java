package dev.leakguard.analyzer;

import dev.leakguard.core.Options;

/**
 * How to run the analyzer: the judge's options, the number of parsing threads (default: the
 * machine's cores), and whether to skip files that cannot matter without parsing them (default
 * on; it never changes the findings, a test holds it to that), and where to keep the facts of
 * files already read between runs (null: no cache).
 */
public record AnalyzerConfig(Options options, int threads, boolean prefilter, java.nio.file.Path cacheFile) {
  public AnalyzerConfig {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
  }

  public static AnalyzerConfig defaults() {
    return new AnalyzerConfig(Options.DEFAULT, Runtime.getRuntime().availableProcessors(), true, null);
  }

  public AnalyzerConfig(Options options, int threads) {
    this(options, threads, true, null);
  }

  public AnalyzerConfig withOptions(Options o) {
    return new AnalyzerConfig(o, threads, prefilter, cacheFile);
  }

  public AnalyzerConfig withThreads(int n) {
    return new AnalyzerConfig(options, n, prefilter, cacheFile);
  }

  public AnalyzerConfig withPrefilter(boolean on) {
    return new AnalyzerConfig(options, threads, on, cacheFile);
  }

  public AnalyzerConfig withCacheFile(java.nio.file.Path file) {
    return new AnalyzerConfig(options, threads, prefilter, file);
  }
}
