package dev.leakguard.bench;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseStart;
import com.github.javaparser.Providers;
import dev.leakguard.analyzer.AnalysisResult;
import dev.leakguard.analyzer.Analyzer;
import dev.leakguard.analyzer.AnalyzerConfig;
import dev.leakguard.analyzer.SourceFiles;
import dev.leakguard.analyzer.SourceParser;
import dev.leakguard.analyzer.report.TextReport;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Prints the analyzer's wall time on a JDK module next to a bare JavaParser parse of the same
 * files, same thread count, same JVM run (the floor), as a ratio; plus files per second and the
 * peak heap; and PMD 7 running its single MutableStaticState rule and leakguard's ruleset on the
 * same files with the same threads. Arguments: {@code [module (default java.base; "all" for every
 * module)] [threads] [rounds]}. System properties: {@code bench.skipPmd=true} leaves PMD out;
 * {@code bench.analyzerOnly=true} runs only the analyzer (to read its own peak heap under a small
 * -Xmx); {@code bench.checkPrefilter=true} also analyses with the pre-filter off and says whether
 * the findings are the same, byte for byte.
 */
public final class AnalyzerBench {
  private AnalyzerBench() {}

  public static void main(String[] args) throws Exception {
    String module = args.length > 0 ? args[0] : "java.base";
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    Path dir = Path.of(System.getProperty("java.io.tmpdir"), "leakguard-bench-jdk");
    Path root = JdkCorpus.extract(JdkCorpus.srcZip(), module.equals("all") ? "" : module, dir);
    List<Path> files = SourceFiles.collect(List.of(root)).files();
    System.out.printf(Locale.ROOT, "corpus: %s (%d files), threads: %d, rounds: %d (best of)%n", root, files.size(), threads, rounds);

    long bestParse = Long.MAX_VALUE;
    long bestAnalyze = Long.MAX_VALUE;
    long bestPmdSingle = Long.MAX_VALUE;
    long bestPmdLeakguard = Long.MAX_VALUE;
    boolean analyzerOnly = Boolean.getBoolean("bench.analyzerOnly");
    boolean withPmd = !Boolean.getBoolean("bench.skipPmd") && !analyzerOnly;
    int pmdSingleFindings = 0;
    int pmdLeakguardFindings = 0;
    AnalysisResult last = null;
    // A shared machine speeds up and slows down between rounds: ratios within one round are steadier.
    List<Double> ratiosToPmd = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      long t0 = System.nanoTime();
      int parsed = analyzerOnly ? 0 : parseOnly(files, threads);
      long t1 = System.nanoTime();
      last = new Analyzer(AnalyzerConfig.defaults().withThreads(threads)).analyze(List.of(root));
      long t2 = System.nanoTime();
      bestParse = Math.min(bestParse, t1 - t0);
      bestAnalyze = Math.min(bestAnalyze, t2 - t1);
      if (analyzerOnly) {
        System.out.printf(Locale.ROOT, "round %d: analyzer %.2f s%n", r + 1, (t2 - t1) / 1e9);
      } else {
        System.out.printf(Locale.ROOT, "round %d: parse-only %.2f s (%d parsed), analyzer %.2f s%n", r + 1, (t1 - t0) / 1e9, parsed, (t2 - t1) / 1e9);
      }
      if (withPmd) {
        long p0 = System.nanoTime();
        pmdSingleFindings = PmdRunner.run("category/java/design.xml/MutableStaticState", files, threads);
        long p1 = System.nanoTime();
        pmdLeakguardFindings = PmdRunner.run("leakguard/pmd/leakguard.xml", files, threads);
        long p2 = System.nanoTime();
        bestPmdSingle = Math.min(bestPmdSingle, p1 - p0);
        bestPmdLeakguard = Math.min(bestPmdLeakguard, p2 - p1);
        System.out.printf(Locale.ROOT, "round %d: PMD MutableStaticState %.2f s, PMD leakguard ruleset %.2f s; this round: analyzer = %.2fx parse-only, %.2fx MutableStaticState%n",
            r + 1, (p1 - p0) / 1e9, (p2 - p1) / 1e9, (double) (t2 - t1) / (t1 - t0), (double) (t2 - t1) / (p1 - p0));
        ratiosToPmd.add((double) (t2 - t1) / (p1 - p0));
      }
    }
    if (analyzerOnly) {
      System.out.printf(Locale.ROOT, "analyzer (read + link + judge):       %.2f s%n", bestAnalyze / 1e9);
    } else {
      System.out.printf(Locale.ROOT, "parse-only (JavaParser, same config): %.2f s%n", bestParse / 1e9);
      System.out.printf(Locale.ROOT, "analyzer (read + link + judge):       %.2f s  = %.2fx parse-only%n", bestAnalyze / 1e9, (double) bestAnalyze / bestParse);
    }
    if (withPmd) {
      System.out.printf(Locale.ROOT, "PMD 7 MutableStaticState (one rule):  %.2f s  (%d violations); analyzer = %.2fx of it%n",
          bestPmdSingle / 1e9, pmdSingleFindings, (double) bestAnalyze / bestPmdSingle);
      System.out.printf(Locale.ROOT, "PMD 7 leakguard ruleset:              %.2f s  (%d violations); analyzer = %.2fx of it%n",
          bestPmdLeakguard / 1e9, pmdLeakguardFindings, (double) bestAnalyze / bestPmdLeakguard);
      List<Double> sorted = ratiosToPmd.stream().sorted().toList();
      System.out.printf(Locale.ROOT, "analyzer / MutableStaticState within each round: %s, median %.2fx%n",
          sorted.stream().map(d -> String.format(Locale.ROOT, "%.2f", d)).toList(), median(sorted));
    }
    System.out.printf(Locale.ROOT, "analyzer throughput: %.0f files/s%n", files.size() / (bestAnalyze / 1e9));
    System.out.printf(Locale.ROOT, "findings: %d, diagnostics: %d%n", last.findings().size(), last.diagnostics().size());
    System.out.printf(Locale.ROOT, "peak heap: %d MiB (max %d MiB)%s%n", peakHeapBytes() >> 20, Runtime.getRuntime().maxMemory() >> 20,
        analyzerOnly ? ", the analyzer alone" : ", whatever ran last");
    if (Boolean.getBoolean("bench.checkPrefilter")) {
      checkPrefilter(root, threads, last);
    }
  }

  /** The pre-filter must not change a finding: the same report without it, byte for byte. */
  private static void checkPrefilter(Path root, int threads, AnalysisResult with) {
    long t0 = System.nanoTime();
    AnalysisResult without = new Analyzer(AnalyzerConfig.defaults().withThreads(threads).withPrefilter(false)).analyze(List.of(root));
    long t1 = System.nanoTime();
    String a = TextReport.render(with, root, true);
    String b = TextReport.render(without, root, true);
    System.out.printf(Locale.ROOT, "pre-filter off: %.2f s, %d findings: %s%n", (t1 - t0) / 1e9, without.findings().size(),
        a.equals(b) ? "the same report, byte for byte" : "DIFFERENT REPORT");
    if (!a.equals(b)) {
      throw new IllegalStateException("the pre-filter changed the findings");
    }
  }

  private static double median(List<Double> sorted) {
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static int parseOnly(List<Path> files, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    ThreadLocal<JavaParser> parsers = ThreadLocal.withInitial(SourceParser::newJavaParser);
    try {
      List<Future<Boolean>> futures = new ArrayList<>();
      for (Path f : files) {
        futures.add(pool.submit(() -> parsers.get()
            .parse(ParseStart.COMPILATION_UNIT, Providers.provider(new String(Files.readAllBytes(f), StandardCharsets.UTF_8)))
            .isSuccessful()));
      }
      int ok = 0;
      for (Future<Boolean> f : futures) {
        ok += f.get() ? 1 : 0;
      }
      return ok;
    } finally {
      pool.shutdownNow();
    }
  }

  private static long peakHeapBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
