package dev.leakguard.analyzer;

import dev.leakguard.analyzer.facts.FactsFile;
import dev.leakguard.analyzer.facts.ModuleFacts;
import dev.leakguard.analyzer.reader.FileFacts;
import dev.leakguard.core.Finding;
import dev.leakguard.core.Judge;
import dev.leakguard.core.catalog.Catalog;
import dev.leakguard.core.model.Facts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The project-wide front end: reads every file of some source roots in parallel into facts,
 * joins them across files, and lets the core judge them. Output is sorted and does not depend on
 * the thread count.
 */
public final class Analyzer {
  /** Deeply nested code recurses deeply in the parser: give its threads room. */
  private static final long THREAD_STACK_BYTES = 64L * 1024 * 1024;

  private final AnalyzerConfig config;
  private final Catalog catalog = Catalog.buildDefault();
  private final SourceBytes sourceBytes;
  private volatile int lastCacheHits;
  private volatile boolean lastRunJudged;
  /** Whether the last run's plan held: null when no plan chose the files read. */
  private volatile Boolean lastPlanHeld;
  private final java.util.concurrent.atomic.AtomicInteger lastFilesParsed = new java.util.concurrent.atomic.AtomicInteger();

  public Analyzer(AnalyzerConfig config) {
    this.config = config;
    this.sourceBytes = new SourceBytes(config.encoding(), config.maxFileBytes());
  }

  /** Analyses every {@code .java} file below the given directories (or the files themselves). */
  public AnalysisResult analyze(List<Path> roots) {
    return analyze(roots, FactsExchange.NONE);
  }

  /**
   * Analyses every {@code .java} file below the given directories (or the files themselves) with
   * the facts of the modules they depend on, and writes the facts read for the modules that
   * depend on them (see {@link FactsExchange}).
   */
  public AnalysisResult analyze(List<Path> roots, FactsExchange exchange) {
    long tf = System.nanoTime();
    SourceFiles.Listing listing = SourceFiles.collect(roots);
    debug("listing", tf);
    long t0 = System.nanoTime();
    FactsCache cache = FactsCache.open(config.cacheFile());
    debug("cache open", t0);
    try {
      return analyze(listing, exchange, cache);
    } finally {
      cache.close(); // the stored cache, when nothing of it was read
    }
  }

  private AnalysisResult analyze(SourceFiles.Listing listing, FactsExchange exchange, FactsCache cache) {
    List<Diagnostic> diagnostics = new ArrayList<>(listing.diagnostics());
    lastFilesParsed.set(0);
    lastRunJudged = false;
    lastPlanHeld = null;
    List<FileFacts> facts;
    List<Finding> findings;
    List<Identifiers.Scan> unreadScans = new ArrayList<>();
    int threads = Math.max(1, Math.min(config.threads(), Math.max(1, listing.files().size())));
    ExecutorService pool = Executors.newFixedThreadPool(threads, new ParserThreads());
    String resultKey = null;
    String context = optionsKey() + upstreamKey(exchange);
    List<Path> toCompare = null;
    try {
      Reading reading = new Reading(pool, cache, diagnostics);
      if (config.cacheFile() != null) {
        long th = System.nanoTime();
        resultKey = FactsCache.resultKey(listing.files(), reading.contentHashes(listing.files()), context);
        debug("content hashes", th);
        AnalysisResult unchanged = cache.result(resultKey);
        if (unchanged != null && (exchange.output() == null || resultKey.equals(FactsFile.writtenFor(exchange.output())))) {
          lastCacheHits = unchanged.filesAnalysed();
          try {
            cache.save(); // only when a file's recorded state changed (touched, same content)
          } catch (IOException e) {
            // the stored result stays valid; the files are hashed again next time
          }
          return unchanged; // every file and option as last time: nothing to read or judge
        }
        if (config.prefilter()) {
          reading.parseEditedEarly(listing.files());
        }
        long tc = System.nanoTime();
        toCompare = resultKey == null || !config.prefilter() ? null : filesToCompare(listing.files(), reading, cache, context, exchange);
        debug("same facts as the stored result: " + (toCompare == null ? "no" : toCompare.isEmpty() ? "yes" : "if "
            + toCompare.size() + " read as recorded"), tc);
        AnalysisResult same = toCompare != null && toCompare.isEmpty() ? storedResult(listing.files(), cache, context, resultKey, exchange) : null;
        if (same != null) {
          return same;
        }
      }
      List<FileFacts> upstream = upstreamFacts(exchange, diagnostics);
      Read read = config.prefilter() ? readRelevant(listing.files(), reading, upstream, unreadScans)
          : new Read(reading.read(listing.files()), null);
      facts = read.facts();
      if (toCompare != null && !toCompare.isEmpty() && new SameFactsCheck(catalog, cache).readAsRecorded(toCompare)) {
        // Parsed beside the others' decoding, and read as recorded: nothing to judge again.
        AnalysisResult same = storedResult(listing.files(), cache, context, resultKey, exchange);
        if (same != null) {
          return same;
        }
      }
      if (read.planCheck() == null) {
        findings = judge(facts, exchange, unreadScans, cache);
      } else {
        // Judged while the plan is checked; when it does not hold, the facts read teach the
        // pre-filter something the last run's had not learned (a file may matter now that did
        // not): the judgement stops, and the files are read (from the cache) in rounds.
        List<FileFacts> planned = facts;
        List<Identifiers.Scan> unread = List.copyOf(unreadScans);
        java.util.concurrent.FutureTask<Judged> judging = new java.util.concurrent.FutureTask<>(
            () -> judgeFacts(planned, exchange, unread));
        Thread judge = new Thread(null, judging, "leakguard-judge", THREAD_STACK_BYTES);
        judge.setDaemon(true);
        judge.start();
        lastPlanHeld = read.planCheck().holds();
        if (lastPlanHeld) {
          findings = recorded(awaitJudgement(judging), cache);
        } else {
          judging.cancel(true); // core's judge stops at its next step
          read.planCheck().undo(reading, diagnostics, unreadScans);
          facts = readByRounds(listing.files(), reading, upstream, unreadScans);
          findings = judge(facts, exchange, unreadScans, cache);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    lastCacheHits = cache.hits();
    diagnostics.sort(Diagnostic.ORDER);
    AnalysisResult result = new AnalysisResult(findings, diagnostics, listing.files().size());
    if (exchange.output() != null) {
      long tw = System.nanoTime();
      try {
        FactsFile.write(exchange.output(), new ModuleFacts(exchange.module(), facts), exchange.root(),
            resultKey == null ? "" : resultKey);
      } catch (IOException e) {
        diagnostics.add(new Diagnostic(exchange.output().toString(), 0, Diagnostic.Level.ERROR,
            "cannot write the module's facts: " + IoErrors.describe(e)));
        diagnostics.sort(Diagnostic.ORDER);
        result = new AnalysisResult(findings, diagnostics, listing.files().size());
      }
      debug("facts written", tw);
    }
    if (config.cacheFile() != null) {
      long ts = System.nanoTime();
      cache.putResult(resultKey, context, result);
      try {
        cache.save();
      } catch (IOException e) {
        List<Diagnostic> withWarning = new ArrayList<>(diagnostics);
        withWarning.add(new Diagnostic(String.valueOf(config.cacheFile()), 0, Diagnostic.Level.WARNING,
            "cannot write the analysis cache: " + e.getMessage()));
        withWarning.sort(Diagnostic.ORDER);
        result = new AnalysisResult(findings, withWarning, listing.files().size());
      }
      debug("cache save", ts);
    }
    return result;
  }

  /** Joins the files' facts with the upstream modules' and judges them. */
  private List<Finding> judge(List<FileFacts> facts, FactsExchange exchange, List<Identifiers.Scan> unreadScans,
      FactsCache cache) {
    return recorded(judgeFacts(facts, exchange, unreadScans), cache);
  }

  /** The findings of a judgement that stands, its names not called recorded in the cache's plan. */
  private static List<Finding> recorded(Judged judged, FactsCache cache) {
    cache.putUncalledNames(judged.uncalledNames());
    return judged.findings();
  }

  /** A judgement's findings, and the names its read files declare and do not call (see {@link CrossFileCalls}). */
  private record Judged(List<Finding> findings, long[] uncalledNames) {}

  private Judged judgeFacts(List<FileFacts> facts, FactsExchange exchange, List<Identifiers.Scan> unreadScans) {
    long tl = System.nanoTime();
    List<Facts> parts = new ArrayList<>(facts.size());
    facts.forEach(f -> parts.add(f.facts()));
    java.util.Set<String> upstreamFiles = new java.util.HashSet<>();
    List<FileFacts> everyRead = new ArrayList<>(facts);
    for (FileFacts f : upstreamFacts(exchange, new ArrayList<>())) {
      parts.add(f.facts());
      upstreamFiles.add(f.file());
      everyRead.add(f);
    }
    Facts project = Facts.union(parts); // core resolves references across the files
    CrossFileCalls crossFile = CrossFileCalls.of(everyRead, unreadScans);
    debug("union, and the calls across files", tl);
    lastRunJudged = true;
    List<Finding> findings = new Judge(catalog, config.options())
        .wholeProgram(crossFile.called()).judge(project, upstreamFiles);
    debug("link + judge", tl);
    return new Judged(findings, crossFile.uncalledHashes());
  }

  /** The findings of a judgement run on a thread of its own (its failure rethrown as it was). */
  private static Judged awaitJudgement(java.util.concurrent.FutureTask<Judged> judging) {
    try {
      return judging.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** What the pre-filter read: the facts, and whether the last run's plan chose them (null: not by a plan). */
  private record Read(List<FileFacts> facts, PlanCheck planCheck) {}

  /**
   * The files whose facts decide, once read, whether the stored result holds (see {@link
   * SameFactsCheck}; none: it holds), or null when it cannot: then, or when they are read otherwise
   * than recorded, the facts are judged again.
   */
  private List<Path> filesToCompare(List<Path> files, Reading reading, FactsCache cache, String context, FactsExchange exchange) {
    String storedKey = cache.storedKeyOverSameFiles(context);
    if (storedKey == null || exchange.output() != null && !storedKey.equals(FactsFile.writtenFor(exchange.output()))) {
      return null;
    }
    return new SameFactsCheck(catalog, cache).filesToCompare(files, context, reading::scan);
  }

  /**
   * The stored result, recorded as this run's (the caller knows every fact it was judged from to be
   * as it was), or null when it cannot be used. The module's facts file, written for the stored
   * result, holds the same facts: only its header is written again.
   */
  private AnalysisResult storedResult(List<Path> files, FactsCache cache, String context, String resultKey,
      FactsExchange exchange) {
    String storedKey = cache.storedKeyOverSameFiles(context);
    AnalysisResult stored = storedKey == null ? null : cache.storedResult();
    if (stored == null) {
      return null;
    }
    if (exchange.output() != null) {
      try {
        FactsFile.rewriteFor(exchange.output(), storedKey, resultKey);
      } catch (IOException e) {
        return null; // judged again, and written whole
      }
    }
    lastCacheHits = files.size() - lastFilesParsed.get();
    cache.putResult(resultKey, context, stored);
    try {
      cache.save();
    } catch (IOException e) {
      // the result stands; the changed files are compared again next time
    }
    return stored;
  }

  /** Reads only the files that can matter (see {@link Prefilter}), in rounds until none is new. */
  private Read readRelevant(List<Path> files, Reading reading, List<FileFacts> upstream,
      List<Identifiers.Scan> unreadScans) {
    FactsCache.Plan plan = reading.cache.plan();
    if (plan != null) {
      long tp = System.nanoTime();
      Read byPlan = readByPlan(plan, files, reading, upstream, unreadScans);
      debug("read by the last run's plan", tp);
      return byPlan;
    }
    return new Read(readByRounds(files, reading, upstream, unreadScans), null);
  }

  /** Reads the files that can matter in rounds, each round the files named by what the last taught. */
  private List<FileFacts> readByRounds(List<Path> files, Reading reading, List<FileFacts> upstream,
      List<Identifiers.Scan> unreadScans) {
    Prefilter filter = new Prefilter(catalog);
    long ti = System.nanoTime();
    // The first round needs nothing but each file's own identifiers: it is read in the same pass
    // that indexes them, with no barrier between.
    Map<Path, Identifiers.Scan> identifiers = new java.util.HashMap<>();
    Map<Path, SourceParser.Outcome> outcomes = new java.util.HashMap<>();
    List<Path> remaining = new ArrayList<>();
    List<Reading.Indexed> first = reading.indexAndRead(files, filter);
    List<FileFacts> learnedFirst = new ArrayList<>(upstream); // the files that name upstream holders matter too
    for (int i = 0; i < files.size(); i++) {
      Path f = files.get(i);
      identifiers.put(f, first.get(i).scan());
      SourceParser.Outcome o = first.get(i).outcome();
      if (o == null) {
        remaining.add(f);
      } else {
        keep(f, o, outcomes, learnedFirst);
      }
    }
    debug("index of " + files.size() + " files and first round (" + outcomes.size() + " read)", ti);
    java.util.Set<Path> declarationsOnly = new java.util.HashSet<>();
    long learning = System.nanoTime();
    boolean more = filter.learn(learnedFirst);
    learning = System.nanoTime() - learning;
    while (more) {
      List<Path> now = new ArrayList<>();
      List<Path> later = new ArrayList<>();
      java.util.Set<Path> onlyDeclarations = new java.util.HashSet<>();
      for (Path f : remaining) {
        Identifiers.Scan scan = identifiers.get(f);
        if (filter.mentionsWanted(scan)) {
          now.add(f);
        } else if (filter.declaresWanted(f)) {
          // Named after a type that matters (a key type, a supertype), but naming nothing that
          // matters: only what it declares counts, so its bodies are not parsed.
          now.add(f);
          onlyDeclarations.add(f);
        } else {
          later.add(f);
        }
      }
      // A file read for its declarations whose bodies now name something that matters: read it whole.
      for (java.util.Iterator<Path> it = declarationsOnly.iterator(); it.hasNext(); ) {
        Path f = it.next();
        if (filter.mentionsWanted(identifiers.get(f))) {
          now.add(f);
          it.remove();
        }
      }
      if (now.isEmpty()) {
        break;
      }
      long tr = System.nanoTime();
      List<SourceParser.Outcome> read = reading.outcomes(now, onlyDeclarations);
      List<FileFacts> learned = new ArrayList<>();
      for (int i = 0; i < now.size(); i++) {
        keep(now.get(i), read.get(i), outcomes, learned);
      }
      declarationsOnly.addAll(onlyDeclarations);
      if (Boolean.getBoolean("leakguard.debugPrefilter")) {
        System.err.printf(java.util.Locale.ROOT, "prefilter round: %d read (%d for declarations only), %d left, %.2f s; wanted %s%n",
            now.size(), onlyDeclarations.size(), later.size(), (System.nanoTime() - tr) / 1e9, filter.wantedForDebug());
      }
      remaining = later;
      long tl = System.nanoTime();
      more = filter.learn(learned);
      learning += System.nanoTime() - tl;
    }
    debug("the pre-filter's learning, every round (to a fixed point)", System.nanoTime() - learning);
    // What was not read, or read without its bodies, may still call the read files' methods.
    remaining.forEach(f -> unreadScans.add(identifiers.get(f)));
    declarationsOnly.forEach(f -> unreadScans.add(identifiers.get(f)));
    List<Path> read = new ArrayList<>(outcomes.keySet());
    read.sort(null);
    reading.cache.putPlan(new FactsCache.Plan(
        read.stream().filter(f -> !declarationsOnly.contains(f)).map(FactsCache::key).toList(),
        read.stream().filter(declarationsOnly::contains).map(FactsCache::key).toList(), filter.state(), null));
    return reading.collect(read.stream().map(outcomes::get).toList());
  }

  /**
   * Reads the files the last run's pre-filter chose, the changed ones decided again by what it had
   * learned, in one parallel pass. Whether the facts read teach the pre-filter nothing it had not
   * learned then is checked on a thread of its own, beside the judgement ({@link PlanCheck}): when
   * they do (a file may matter now that did not), the caller reads in rounds instead.
   */
  private Read readByPlan(FactsCache.Plan plan, List<Path> files, Reading reading, List<FileFacts> upstream,
      List<Identifiers.Scan> unreadScans) {
    int hitsBefore = reading.cache.hits();
    Map<String, Path> listed = new java.util.HashMap<>();
    files.forEach(f -> listed.put(FactsCache.key(f), f));
    Map<Path, Boolean> declarationsOnly = new java.util.TreeMap<>();
    plan.whole().stream().map(listed::get).filter(java.util.Objects::nonNull).forEach(f -> declarationsOnly.put(f, false));
    plan.declarationsOnly().stream().map(listed::get).filter(java.util.Objects::nonNull).forEach(f -> declarationsOnly.put(f, true));
    Prefilter then = new Prefilter(catalog);
    then.restore(plan.state());
    for (Path f : files) {
      if (!reading.cache.unchanged(f)) {
        declarationsOnly.remove(f);
        Identifiers.Scan scan = reading.scan(f);
        if (then.mentionsWanted(scan)) {
          declarationsOnly.put(f, false);
        } else if (then.declaresWanted(f)) {
          declarationsOnly.put(f, true);
        }
      }
    }
    List<Path> read = new ArrayList<>(declarationsOnly.keySet());
    java.util.Set<Path> onlyDeclarations = new java.util.HashSet<>();
    declarationsOnly.forEach((f, only) -> {
      if (only) {
        onlyDeclarations.add(f);
      }
    });
    List<SourceParser.Outcome> outcomes = reading.outcomes(read, onlyDeclarations);
    List<FileFacts> learned = new ArrayList<>(upstream);
    outcomes.stream().filter(o -> o.facts() != null).forEach(o -> learned.add(o.facts()));
    PlanCheck check = PlanCheck.start(() -> {
      long tc = System.nanoTime();
      Prefilter now = new Prefilter(catalog);
      now.learn(learned);
      boolean holds = now.learnedWithin(plan.state());
      debug("the plan's check, beside the judgement (" + (holds ? "holds" : "does not hold") + ")", tc);
      return holds;
    }, hitsBefore, reading.diagnostics.size());
    reading.cache.putPlan(new FactsCache.Plan(
        read.stream().filter(f -> !onlyDeclarations.contains(f)).map(FactsCache::key).toList(),
        // the names not called stay those recorded unless this read is judged (then it records its own)
        read.stream().filter(onlyDeclarations::contains).map(FactsCache::key).toList(), plan.state(), plan.uncalledNames()));
    // What was not read, or read without its bodies, may still call the read files' methods.
    for (Path f : files) {
      if (!declarationsOnly.containsKey(f) || onlyDeclarations.contains(f)) {
        unreadScans.add(reading.scan(f));
      }
    }
    return new Read(reading.collect(outcomes), check);
  }

  /**
   * Whether the facts read by the last run's plan teach the pre-filter nothing new, decided on a
   * thread of its own; and how to undo that read when they do.
   */
  private static final class PlanCheck {
    private final java.util.concurrent.FutureTask<Boolean> task;
    private final int hitsBefore;
    private final int diagnosticsBefore;

    private PlanCheck(java.util.concurrent.Callable<Boolean> check, int hitsBefore, int diagnosticsBefore) {
      this.task = new java.util.concurrent.FutureTask<>(check);
      this.hitsBefore = hitsBefore;
      this.diagnosticsBefore = diagnosticsBefore;
    }

    static PlanCheck start(java.util.concurrent.Callable<Boolean> check, int hitsBefore, int diagnosticsBefore) {
      PlanCheck c = new PlanCheck(check, hitsBefore, diagnosticsBefore);
      Thread t = new Thread(null, c.task, "leakguard-plan-check", THREAD_STACK_BYTES);
      t.setDaemon(true);
      t.start();
      return c;
    }

    /** Whether the plan holds (a check that failed unexpectedly says no: the rounds are always right). */
    boolean holds() {
      try {
        return task.get();
      } catch (ExecutionException e) {
        return false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }

    /** Forgets what the read added: its cache hits, its diagnostics, the scans of the files it left unread. */
    void undo(Reading reading, List<Diagnostic> diagnostics, List<Identifiers.Scan> unreadScans) {
      reading.cache.forgetHitsSince(hitsBefore);
      diagnostics.subList(diagnosticsBefore, diagnostics.size()).clear();
      unreadScans.clear();
    }
  }

  /** Records a file's outcome (replacing an earlier one) and its facts for the pre-filter to learn from. */
  private static void keep(Path file, SourceParser.Outcome o, Map<Path, SourceParser.Outcome> outcomes, List<FileFacts> learned) {
    outcomes.put(file, o);
    if (o.facts() != null) {
      learned.add(o.facts());
    }
  }

  /** Reads files into facts on the pool, through the cache, collecting diagnostics in order. */
  private final class Reading {
    private final ExecutorService pool;
    private final FactsCache cache;
    private final List<Diagnostic> diagnostics;
    private final ThreadLocal<SourceParser> parsers = ThreadLocal.withInitial(() -> new SourceParser(catalog, sourceBytes));
    /** The files {@link #parseEditedEarly} started parsing, until read. */
    private final Map<Path, Future<SourceParser.Outcome>> readEarly = new java.util.concurrent.ConcurrentHashMap<>();
    /** The content hash of each file, once known. */
    private final Map<Path, String> hashes = new java.util.concurrent.ConcurrentHashMap<>();

    Reading(ExecutorService pool, FactsCache cache, List<Diagnostic> diagnostics) {
      this.pool = pool;
      this.cache = cache;
      this.diagnostics = diagnostics;
    }

    /** A file read through the cache (or by {@link #parseEditedEarly}); without its method bodies if {@code declarationsOnly}. */
    SourceParser.Outcome read(Path f, boolean declarationsOnly) {
      Future<SourceParser.Outcome> early = declarationsOnly ? null : readEarly.remove(f);
      return early != null ? await(early, f) : readCached(parsers.get(), f, hashes.get(f), cache, declarationsOnly);
    }

    /**
     * Starts parsing, on the pool, each changed file whose code changed and that the last run's
     * pre-filter plan read whole and would read whole again: it will be read whichever way this
     * run goes (compared with its recorded facts, or judged), so its parse, the slowest step of an
     * edit in a fresh JVM, runs beside the rest of the run's preparation. Its outcome is the one
     * {@link #read} gives; a file the run does not read after all is only parsed in vain.
     */
    void parseEditedEarly(List<Path> files) {
      List<String> changed = cache.changedFiles();
      FactsCache.Plan plan = changed.isEmpty() ? null : cache.plan();
      if (plan == null) {
        return;
      }
      java.util.Set<String> whole = new java.util.HashSet<>(plan.whole());
      Prefilter then = null;
      for (Path f : files) {
        String key = FactsCache.key(f);
        if (!whole.contains(key) || java.util.Collections.binarySearch(changed, key) < 0) {
          continue;
        }
        Identifiers.Scan now = scan(f);
        Identifiers.Scan before = cache.recordedScan(f);
        if (now == null || before == null || now.sameCode(before)) {
          continue; // unreadable, unknown, or only comments changed: nothing to parse
        }
        if (then == null) {
          then = new Prefilter(catalog);
          then.restore(plan.state());
        }
        if (then.mentionsWanted(now)) {
          readEarly.put(f, pool.submit(() -> {
            long tp = System.nanoTime();
            SourceParser.Outcome o = readCached(parsers.get(), f, hashes.get(f), cache, false);
            debug("parsed early (on the pool, beside the rest): " + f.getFileName(), tp);
            return o;
          }));
        }
      }
    }

    /** A file's identifiers without its bodies: recorded, or read now; null when it cannot be read. */
    Identifiers.Scan scan(Path f) {
      String hash = hashes.get(f);
      Identifiers.Scan scan = cache.scan(f, hash);
      if (scan == null) {
        try {
          byte[] bytes = sourceBytes.read(f);
          scan = Identifiers.of(bytes);
          scan = scan == null ? null : scan.withCodeDigest(codeDigest(scan, bytes, hash)).withoutBodies();
          if (scan != null && hash != null) {
            cache.putScan(f, hash, scan);
          }
        } catch (IOException | RuntimeException e) {
          scan = null; // reading it reports the problem
        }
      }
      return scan;
    }

    /**
     * The digest of a file's code (see {@link Identifiers}): its content hash when nothing follows
     * its code, else computed; null when more than comments follow, or when {@code bytes} are not
     * the content hashed (changed meanwhile).
     */
    private static String codeDigest(Identifiers.Scan scan, byte[] bytes, String hash) {
      if (scan.codeEnd() < 0 || hash == null) {
        return null;
      }
      if (scan.codeEnd() == bytes.length) {
        return hash;
      }
      return hash.equals(FactsCache.contentHash(bytes)) ? FactsCache.contentHash(java.util.Arrays.copyOf(bytes, scan.codeEnd())) : null;
    }

    /** A file's identifiers (null: unreadable, so read it), and its outcome if it was read. */
    record Indexed(Identifiers.Scan scan, SourceParser.Outcome outcome) {}

    /**
     * Each file's identifiers, in order, and in the same task the outcome of the files that
     * {@code filter} wants already (the first round), largest files first.
     */
    List<Indexed> indexAndRead(List<Path> files, Prefilter filter) {
      List<Future<Indexed>> futures = new ArrayList<>(java.util.Collections.nCopies(files.size(), null));
      for (int i : largestFirst(files)) {
        Path f = files.get(i);
        futures.set(i, pool.submit(() -> {
          Identifiers.Scan scan = scan(f);
          return new Indexed(scan, filter.mentionsWanted(scan) ? read(f, false) : null);
        }));
      }
      List<Indexed> out = new ArrayList<>(files.size());
      for (int i = 0; i < files.size(); i++) {
        try {
          out.add(futures.get(i).get());
        } catch (ExecutionException e) {
          out.add(new Indexed(null, failure(files.get(i), e.getCause())));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", e);
        }
      }
      return out;
    }

    /**
     * Each file's content hash, in order (null for a file that cannot be read): recorded by the
     * cache for a file that has not changed since, else read.
     */
    List<String> contentHashes(List<Path> files) {
      List<Future<String>> futures = new ArrayList<>(files.size());
      for (Path f : files) {
        futures.add(pool.submit(() -> {
          String hash = cache.contentHash(f, sourceBytes::read);
          if (hash != null) {
            hashes.put(f, hash);
          }
          return hash;
        }));
      }
      List<String> out = new ArrayList<>(files.size());
      for (Future<String> f : futures) {
        try {
          out.add(f.get());
        } catch (ExecutionException e) {
          out.add(null);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", e);
        }
      }
      return out;
    }

    /** Reads every file whole: their facts, their diagnostics collected. */
    List<FileFacts> read(List<Path> files) {
      return collect(outcomes(files, java.util.Set.of()));
    }

    /** Reads files, in order; those in {@code declarationsOnly} without their method bodies. */
    List<SourceParser.Outcome> outcomes(List<Path> files, java.util.Set<Path> declarationsOnly) {
      // Largest first: a round ends when its last file does, so a big file started last would
      // leave the other threads idle. The results keep the files' order.
      List<Future<SourceParser.Outcome>> futures = new ArrayList<>(java.util.Collections.nCopies(files.size(), null));
      for (int i : largestFirst(files)) {
        Path f = files.get(i);
        boolean onlyDeclarations = declarationsOnly.contains(f);
        // A file parsed early is awaited here, not by a task that would hold a thread of the pool.
        Future<SourceParser.Outcome> early = onlyDeclarations ? null : readEarly.remove(f);
        futures.set(i, early != null ? early : pool.submit(() -> read(f, onlyDeclarations)));
      }
      List<SourceParser.Outcome> out = new ArrayList<>(files.size());
      for (int i = 0; i < futures.size(); i++) {
        out.add(await(futures.get(i), files.get(i)));
      }
      return out;
    }

    /** The outcomes' facts, in order; their diagnostics go to the run's. */
    List<FileFacts> collect(List<SourceParser.Outcome> outcomes) {
      List<FileFacts> out = new ArrayList<>(outcomes.size());
      for (SourceParser.Outcome o : outcomes) {
        diagnostics.addAll(o.diagnostics());
        if (o.facts() != null) {
          out.add(o.facts());
        }
      }
      return out;
    }
  }

  /** The indexes of the files, largest first (ties and unreadable sizes in their given order). */
  private static int[] largestFirst(List<Path> files) {
    long[] sizes = new long[files.size()];
    for (int i = 0; i < sizes.length; i++) {
      try {
        sizes[i] = Files.size(files.get(i));
      } catch (IOException e) {
        sizes[i] = 0; // read anyway: reading it reports the problem
      }
    }
    return java.util.stream.IntStream.range(0, sizes.length).boxed()
        .sorted(java.util.Comparator.comparingLong((Integer i) -> -sizes[i]).thenComparingInt(i -> i))
        .mapToInt(Integer::intValue).toArray();
  }

  /** Reads a file through the cache; without its method bodies if {@code declarationsOnly}. */
  private SourceParser.Outcome readCached(SourceParser parser, Path file, String hash, FactsCache cache, boolean declarationsOnly) {
    SourceParser.Outcome hit = cache.get(file, hash);
    // Facts of the declarations alone serve a read of the declarations, never a whole one.
    if (hit != null && (declarationsOnly || !hit.declarationsOnly())) {
      return hit;
    }
    byte[] bytes;
    try {
      bytes = sourceBytes.read(file);
    } catch (IOException e) {
      return SourceParser.unreadable(file, e);
    }
    if (hash != null && !hash.equals(FactsCache.contentHash(bytes))) {
      hash = null; // changed while this run read it: not cached
    }
    lastFilesParsed.incrementAndGet();
    SourceParser.Outcome o;
    Identifiers.Scan scan = declarationsOnly ? Identifiers.of(bytes) : null;
    if (scan != null && !scan.suspect()) {
      o = parser.readDeclarations(file, bytes, scan.bodies());
    } else {
      o = parser.read(file, bytes);
    }
    if (hash != null) {
      cache.put(file, hash, o);
    }
    return o;
  }

  /** Every upstream module's files' facts; damaged ones are an error of the run and add nothing. */
  private static List<FileFacts> upstreamFacts(FactsExchange exchange, List<Diagnostic> diagnostics) {
    List<FileFacts> out = new ArrayList<>();
    for (FactsFile.Loaded u : exchange.upstream()) {
      try {
        out.addAll(u.facts().files());
      } catch (dev.leakguard.analyzer.facts.FactsFileException e) {
        diagnostics.add(new Diagnostic(u.source(), 0, Diagnostic.Level.ERROR, "upstream facts not used: " + e.getMessage()));
      }
    }
    return out;
  }

  /** What the upstream facts are: a result judged with other upstream facts is another result. */
  private static String upstreamKey(FactsExchange exchange) {
    StringBuilder key = new StringBuilder("|upstream=");
    exchange.upstream().forEach(u -> key.append(u.digest()).append(','));
    return key.toString();
  }

  /** Every option of core's table and the pre-filter, in an order that does not depend on the JVM. */
  private String optionsKey() {
    return dev.leakguard.core.options.LeakguardOption.describe(config.options()) + "prefilter=" + config.prefilter()
        + "|encoding=" + config.encoding().name() + "|maxFileBytes=" + config.maxFileBytes();
  }

  /** Phase timings on standard error with {@code -Dleakguard.debugPrefilter=true}, for tuning. */
  private static void debug(String what, long startNanos) {
    if (Boolean.getBoolean("leakguard.debugPrefilter")) {
      System.err.printf(java.util.Locale.ROOT, "%s: %.2f s%n", what, (System.nanoTime() - startNanos) / 1e9);
    }
  }

  /** How many files the last {@link #analyze} parsed (not taken from the cache, not skipped). */
  public int lastFilesParsed() {
    return lastFilesParsed.get();
  }

  /** Whether the last {@link #analyze} judged the facts (false: the stored result answered). */
  boolean lastRunJudged() {
    return lastRunJudged;
  }

  /**
   * Whether the last {@link #analyze} read the files its last run's plan chose and that plan held
   * (judged once); false when it did not hold (read again in rounds, judged again); null when no
   * plan chose the files.
   */
  Boolean lastPlanHeld() {
    return lastPlanHeld;
  }

  /** How many files the last {@link #analyze} took from the cache instead of parsing them. */
  public int lastCacheHits() {
    return lastCacheHits;
  }

  private static SourceParser.Outcome await(Future<SourceParser.Outcome> f, Path file) {
    try {
      return f.get();
    } catch (ExecutionException e) {
      return failure(file, e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while analysing " + file, e);
    }
  }

  /** What a file whose reading failed unexpectedly gives: a diagnostic, never a stack trace. */
  private static SourceParser.Outcome failure(Path file, Throwable cause) {
    String what = cause instanceof OutOfMemoryError ? "out of memory while reading" : "internal error: " + cause;
    return new SourceParser.Outcome(null, List.of(new Diagnostic(file.toString(), 0, Diagnostic.Level.ERROR, what)));
  }

  private static final class ParserThreads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(null, r, "leakguard-parser-" + count.incrementAndGet(), THREAD_STACK_BYTES);
      t.setDaemon(true);
      return t;
    }
  }
}
