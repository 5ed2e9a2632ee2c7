package dev.leakguard.maven;

import dev.leakguard.analyzer.FactsExchange;
import dev.leakguard.core.Options;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything one leakguard run needs, copied out of a Mojo's parameters: no Maven types, so the
 * run can be tested (and reused) without Maven.
 *
 * @param baseDir the module directory: finding paths are shown relative to it, and include and
 *     exclude patterns match paths relative to it (or to their source root)
 * @param sourceRoots the source directories to analyse (missing ones are skipped)
 * @param includes patterns a file must match (any of them) to be analysed
 * @param excludes patterns that remove a file, even an included one
 * @param options the judge's options
 * @param threads parsing threads, at least 1
 * @param reportDirectory where the SARIF and text reports go, or null for none
 * @param baselineFile the accepted findings, or null when there is no baseline
 * @param cacheFile where the analyzer keeps the facts of files already read, or null for none
 * @param encoding the source files' encoding
 * @param maxFileBytes the size limit for one file
 * @param facts the facts of the modules this one depends on, and where this module's go
 */
record LeakguardRequest(
    Path baseDir,
    List<Path> sourceRoots,
    SourcePatterns includes,
    SourcePatterns excludes,
    Options options,
    int threads,
    Path reportDirectory,
    Path baselineFile,
    Path cacheFile,
    java.nio.charset.Charset encoding,
    long maxFileBytes,
    FactsExchange facts) {

  /** The name of the analysis cache in the target directory. */
  static final String CACHE_NAME = "cache.bin";

  /** The name of the SARIF report in {@link #reportDirectory()}. */
  static final String SARIF_NAME = "leakguard.sarif";

  /** The name of the text report (with the explanation of each finding) in {@link #reportDirectory()}. */
  static final String TEXT_NAME = "leakguard.txt";

  LeakguardRequest(Path baseDir, List<Path> sourceRoots, SourcePatterns includes, SourcePatterns excludes, Options options,
      int threads, Path reportDirectory, Path baselineFile, Path cacheFile, java.nio.charset.Charset encoding, long maxFileBytes) {
    this(baseDir, sourceRoots, includes, excludes, options, threads, reportDirectory, baselineFile, cacheFile, encoding,
        maxFileBytes, FactsExchange.NONE);
  }

  LeakguardRequest {
    sourceRoots = List.copyOf(sourceRoots);
    facts = facts == null ? FactsExchange.NONE : facts;
    if (threads < 1) {
      throw new IllegalArgumentException("parameter 'threads' (leakguard.threads) must be at least 1, was " + threads);
    }
  }

  Path sarifFile() {
    return reportDirectory == null ? null : reportDirectory.resolve(SARIF_NAME);
  }

  Path textFile() {
    return reportDirectory == null ? null : reportDirectory.resolve(TEXT_NAME);
  }
}
