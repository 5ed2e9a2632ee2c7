package dev.leakguard.analyzer;

import dev.leakguard.core.Options;

/**
 * How to run the analyzer: the judge's options, the number of parsing threads (default: the
 * machine's cores), and whether to skip files that cannot matter without parsing them (default
 * on; it never changes the findings, a test holds it to that).
 */
public record AnalyzerConfig(Options options, int threads, boolean prefilter) {
  public AnalyzerConfig {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
  }

  public static AnalyzerConfig defaults() {
    return new AnalyzerConfig(Options.DEFAULT, Runtime.getRuntime().availableProcessors(), true);
  }

  public AnalyzerConfig(Options options, int threads) {
    this(options, threads, true);
  }

  public AnalyzerConfig withOptions(Options o) {
    return new AnalyzerConfig(o, threads, prefilter);
  }

  public AnalyzerConfig withThreads(int n) {
    return new AnalyzerConfig(options, n, prefilter);
  }

  public AnalyzerConfig withPrefilter(boolean on) {
    return new AnalyzerConfig(options, threads, on);
  }
}
