package dev.leakguard.analyzer;

import dev.leakguard.core.Options;

/**
 * How to run the analyzer: the judge's options and the number of parsing threads (default: the
 * machine's cores).
 */
public record AnalyzerConfig(Options options, int threads) {
  public AnalyzerConfig {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
  }

  public static AnalyzerConfig defaults() {
    return new AnalyzerConfig(Options.DEFAULT, Runtime.getRuntime().availableProcessors());
  }

  public AnalyzerConfig withOptions(Options o) {
    return new AnalyzerConfig(o, threads);
  }

  public AnalyzerConfig withThreads(int n) {
    return new AnalyzerConfig(options, n);
  }
}
