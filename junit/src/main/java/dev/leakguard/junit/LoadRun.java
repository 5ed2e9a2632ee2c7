package dev.leakguard.junit;

import dev.leakguard.analyzer.baseline.Baseline;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs a workload {@code iterations} times and samples every watched holder: at the end of the
 * warm-up, at each checkpoint, and {@value #SAMPLES_PER_CHECKPOINT} times in between (those only
 * to see whether a holder falls back). Samples are taken between batches of iterations: with
 * several threads every thread finishes its share of the batch first, so the workload's own
 * threads are the only writers a sample can meet (see {@link Sizes} for how that is handled).
 */
final class LoadRun {
  static final int SAMPLES_PER_CHECKPOINT = 8;

  private final LeakSettings settings;
  private final List<HolderProbe> probes;
  private final List<Supplier<?>> handedOver;
  private final ClassInitialization init = new ClassInitialization();
  private final List<Track> tracks = new ArrayList<>();
  private long samplingNanos;
  private int samples;
  private final List<Long> sampleNanos = new ArrayList<>();

  private LoadRun(LeakSettings settings, List<HolderProbe> probes, List<Supplier<?>> handedOver) {
    this.settings = settings;
    this.probes = probes;
    this.handedOver = handedOver;
    for (int i = 0; i < probes.size(); i++) {
      tracks.add(new Track(settings.checkpoints() + 1));
    }
  }

  /** What one holder showed over the run. */
  private static final class Track {
    final Double[] sizes;
    final HolderProbe.Status[] status;
    double lowestFromMiddle = Double.POSITIVE_INFINITY;
    double lowest = Double.POSITIVE_INFINITY;
    double highest = Double.NEGATIVE_INFINITY;
    Double first;
    boolean changed;
    String problem;
    boolean unsizable;

    Track(int n) {
      sizes = new Double[n];
      status = new HolderProbe.Status[n];
    }
  }

  static RunReport run(String test, LeakSettings settings, ReportedHolders.Found found, ClassLoader loader,
      List<Supplier<?>> handedOver, Baseline baseline, Workload workload) throws Exception {
    List<HolderProbe> probes = found.holders().stream().map(h -> HolderProbe.locate(h, loader)).toList();
    LoadRun run = new LoadRun(settings, probes, handedOver);
    long start = System.nanoTime();
    ExecutorService pool = settings.threads() > 1 ? Executors.newFixedThreadPool(settings.threads(), r -> {
      Thread t = new Thread(r, "leakguard-load");
      t.setDaemon(true);
      return t;
    }) : null;
    long heapAfterWarmup;
    try {
      run.iterate(pool, workload, 0, settings.warmup());
      heapAfterWarmup = retainedHeap();
      run.sample(0, true, false);
      int middle = GrowthVerdict.middle(settings.checkpoints() + 1);
      int done = settings.warmup();
      for (int k = 1; k <= settings.checkpoints(); k++) {
        int target = settings.checkpointAt(k);
        int from = done;
        for (int j = 1; j < SAMPLES_PER_CHECKPOINT; j++) {
          int sub = from + (int) ((long) (target - from) * j / SAMPLES_PER_CHECKPOINT);
          if (sub > done) {
            run.iterate(pool, workload, done, sub);
            done = sub;
            run.sample(-1, false, k > middle);
          }
        }
        run.iterate(pool, workload, done, target);
        done = target;
        run.sample(k, true, k >= middle);
      }
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
    long heapAtEnd = retainedHeap();
    long workloadNanos = System.nanoTime() - start - run.samplingNanos;
    List<HolderResult> results = new ArrayList<>();
    for (int i = 0; i < probes.size(); i++) {
      results.add(run.verdict(probes.get(i), run.tracks.get(i), baseline));
    }
    long[] at = new long[settings.checkpoints() + 1];
    for (int k = 0; k < at.length; k++) {
      at[k] = settings.checkpointAt(k);
    }
    List<Long> sorted = run.sampleNanos.stream().sorted().toList();
    long median = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    return new RunReport(test, settings, found.source(), at, results, heapAfterWarmup, heapAtEnd, run.samples,
        run.samplingNanos, median, workloadNanos, ClassInitialization.mechanism());
  }

  /** Runs iterations [from, to): in this thread, or shared by the pool's threads. */
  private void iterate(ExecutorService pool, Workload workload, int from, int to) throws Exception {
    if (pool == null) {
      for (int i = from; i < to; i++) {
        workload.run(i);
      }
      return;
    }
    AtomicInteger next = new AtomicInteger(from);
    List<Future<?>> shares = new ArrayList<>();
    for (int t = 0; t < settings.threads(); t++) {
      shares.add(pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < to; i = next.getAndIncrement()) {
          workload.run(i);
        }
        return null;
      }));
    }
    try {
      for (Future<?> f : shares) {
        f.get();
      }
    } catch (ExecutionException e) {
      shares.forEach(f -> f.cancel(true));
      if (e.getCause() instanceof Exception ex) {
        throw ex;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  /** Reads every holder; {@code checkpoint} is its index, or -1 for a sample between checkpoints. */
  private void sample(int checkpoint, boolean isCheckpoint, boolean fromMiddle) {
    long t0 = System.nanoTime();
    init.newSample();
    for (int i = 0; i < probes.size(); i++) {
      HolderProbe p = probes.get(i);
      if (p.unresolved() != null) {
        continue;
      }
      Track t = tracks.get(i);
      HolderProbe.Reading r = p.read(init, handedOver);
      if (isCheckpoint) {
        t.status[checkpoint] = r.status();
      }
      switch (r.status()) {
        case VALUE, NOT_INITIALIZED, NO_INSTANCE -> {
          double v = r.entries();
          if (isCheckpoint) {
            t.sizes[checkpoint] = v;
          }
          if (t.first == null) {
            t.first = v;
          } else if (v != t.first) {
            t.changed = true;
          }
          t.lowest = Math.min(t.lowest, v);
          t.highest = Math.max(t.highest, v);
          if (fromMiddle) {
            t.lowestFromMiddle = Math.min(t.lowestFromMiddle, v);
          }
          if (r.status() != HolderProbe.Status.VALUE) {
            t.problem = r.note();
          }
        }
        case UNSIZABLE -> {
          t.unsizable = true;
          t.problem = r.note();
        }
        case UNREADABLE -> t.problem = r.note();
        default -> throw new IllegalStateException(r.status().toString());
      }
    }
    long took = System.nanoTime() - t0;
    samplingNanos += took;
    sampleNanos.add(took);
    samples++;
  }

  private HolderResult verdict(HolderProbe p, Track t, Baseline baseline) {
    WatchedHolder h = p.holder();
    boolean baselined = h.reported() && baseline.fingerprints().contains(h.fingerprint());
    List<Long> sizes = new ArrayList<>();
    for (Double d : t.sizes) {
      sizes.add(d == null ? null : (long) (double) d);
    }
    if (p.unresolved() != null) {
      return new HolderResult(h, HolderResult.Verdict.SKIPPED, 0, List.of(), p.unresolved(), baselined);
    }
    if (t.unsizable) {
      return new HolderResult(h, HolderResult.Verdict.SKIPPED, 0, List.of(), t.problem, baselined);
    }
    boolean anyValue = false;
    boolean allUninitialized = true;
    for (HolderProbe.Status s : t.status) {
      anyValue |= s == HolderProbe.Status.VALUE;
      allUninitialized &= s == HolderProbe.Status.NOT_INITIALIZED;
    }
    if (allUninitialized) {
      return new HolderResult(h, HolderResult.Verdict.SKIPPED, 0, List.of(), "class '" + p.declaringClass().getName()
          + "' never initialized by the workload: nothing to measure", baselined);
    }
    if (!anyValue) {
      return new HolderResult(h, HolderResult.Verdict.SKIPPED, 0, sizes, t.problem, baselined);
    }
    List<Long> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    for (int k = 0; k < t.sizes.length; k++) {
      if (t.sizes[k] != null) {
        xs.add((long) settings.checkpointAt(k));
        ys.add(t.sizes[k]);
      }
    }
    if (xs.size() < 3 || t.sizes[0] == null) {
      return new HolderResult(h, HolderResult.Verdict.SKIPPED, 0, sizes, "readable at only " + xs.size() + " of "
          + t.sizes.length + " checkpoints: " + t.problem, baselined);
    }
    long[] x = xs.stream().mapToLong(Long::longValue).toArray();
    double[] y = ys.stream().mapToDouble(Double::doubleValue).toArray();
    double rate = GrowthVerdict.slope(x, y, 0);
    boolean confirmed = GrowthVerdict.confirmed(x, y, t.lowestFromMiddle, settings.minRate());
    long firstSize = (long) y[0];
    long lastSize = (long) y[y.length - 1];
    String note;
    if (confirmed) {
      note = "grew from " + firstSize + " to " + lastSize + " entries";
    } else if (!t.changed && firstSize == 0) {
      note = "stayed empty in all " + samples + " samples: the workload does not touch it";
    } else if (!t.changed) {
      note = "its size never changed (" + firstSize + " entries in all " + samples + " samples): full since the warm-up,"
          + " or not touched by the workload";
    } else {
      note = "bounded under this load: between " + (long) t.lowest + " and " + (long) t.highest + " entries in " + samples
          + " samples";
    }
    if (t.problem != null && confirmed) {
      note += "; " + t.problem;
    }
    return new HolderResult(h, confirmed ? HolderResult.Verdict.CONFIRMED : HolderResult.Verdict.FLAT, rate, sizes, note,
        baselined);
  }

  /** Heap in use after asking for a full GC twice; approximate, for information only. */
  static long retainedHeap() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    for (int k = 0; k < 2; k++) {
      System.gc();
      Thread.sleep(20);
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
