package dev.leakguard.analyzer;

import dev.leakguard.core.Options;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * How to run the analyzer: the judge's options, the number of parsing threads (default: the
 * machine's cores), and whether to skip files that cannot matter without parsing them (default
 * on; it never changes the findings, a test holds it to that), where to keep the facts of files
 * already read between runs (null: no cache), the source files' encoding (default UTF-8) and the
 * size limit for one file (default {@value SourceBytes#DEFAULT_MAX_FILE_BYTES} bytes, 8 MiB;
 * a larger file is not analysed and is reported as an error).
 */
public record AnalyzerConfig(Options options, int threads, boolean prefilter, Path cacheFile, Charset encoding,
    long maxFileBytes) {
  public AnalyzerConfig {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    if (encoding == null) {
      throw new IllegalArgumentException("encoding must be given");
    }
    if (maxFileBytes < 1) {
      throw new IllegalArgumentException("the file size limit must be at least 1 byte, was " + maxFileBytes);
    }
  }

  public static AnalyzerConfig defaults() {
    return new AnalyzerConfig(Options.DEFAULT, Runtime.getRuntime().availableProcessors());
  }

  public AnalyzerConfig(Options options, int threads) {
    this(options, threads, true, null, StandardCharsets.UTF_8, SourceBytes.DEFAULT_MAX_FILE_BYTES);
  }

  public AnalyzerConfig withOptions(Options o) {
    return new AnalyzerConfig(o, threads, prefilter, cacheFile, encoding, maxFileBytes);
  }

  public AnalyzerConfig withThreads(int n) {
    return new AnalyzerConfig(options, n, prefilter, cacheFile, encoding, maxFileBytes);
  }

  public AnalyzerConfig withPrefilter(boolean on) {
    return new AnalyzerConfig(options, threads, on, cacheFile, encoding, maxFileBytes);
  }

  public AnalyzerConfig withCacheFile(Path file) {
    return new AnalyzerConfig(options, threads, prefilter, file, encoding, maxFileBytes);
  }

  /** The source files' encoding (the build's {@code project.build.sourceEncoding}, the CLI's {@code --encoding}). */
  public AnalyzerConfig withEncoding(Charset charset) {
    return new AnalyzerConfig(options, threads, prefilter, cacheFile, charset, maxFileBytes);
  }

  /** The size limit for one file, in bytes. */
  public AnalyzerConfig withMaxFileBytes(long bytes) {
    return new AnalyzerConfig(options, threads, prefilter, cacheFile, encoding, bytes);
  }
}
