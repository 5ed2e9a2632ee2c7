package dev.leakguard.junit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of one run: a result per holder, heap and overhead figures, the table printed in
 * the test output and the failure message.
 *
 * @param test the test's name, {@code Class#method}
 * @param source where the holders came from (the SARIF report or the analyzer on the sources)
 * @param checkpointIterations the iteration count at each checkpoint, the warm-up's end first
 * @param heapAfterWarmup heap in use after a GC at the end of the warm-up, in bytes
 * @param heapAtEnd heap in use after a GC at the end, in bytes
 * @param samples how many times the holders were sampled
 * @param samplingNanos time spent sampling (leakguard's own overhead, the GCs for the heap figures excluded)
 * @param medianSampleNanos the median time of one sample (the first ones pay for reflection's warm-up)
 * @param workloadNanos time spent running the workload
 * @param initialization how this JVM tells whether a class was initialized
 */
public record RunReport(String test, LeakSettings settings, String source, long[] checkpointIterations, List<HolderResult> results,
    long heapAfterWarmup, long heapAtEnd, int samples, long samplingNanos, long medianSampleNanos, long workloadNanos, String initialization) {

  public RunReport {
    results = List.copyOf(results);
    checkpointIterations = checkpointIterations.clone();
  }

  public List<HolderResult> failures() {
    return results.stream().filter(HolderResult::fails).toList();
  }

  /** Retained heap growth per iteration between the warm-up's end and the end, in bytes (information only). */
  public double heapBytesPerIteration() {
    long span = checkpointIterations[checkpointIterations.length - 1] - checkpointIterations[0];
    return span == 0 ? 0 : (heapAtEnd - heapAfterWarmup) / (double) span;
  }

  /** leakguard's own cost per sample, in microseconds. */
  public double microsPerSample() {
    return samples == 0 ? 0 : samplingNanos / 1000.0 / samples;
  }

  /** The table for the test output. */
  public String table() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "leakguard runtime confirmation: %s, %,d iterations (warm-up %,d, %d checkpoints, %d thread%s)%n",
        test, settings.iterations(), settings.warmup(), settings.checkpoints(), settings.threads(), settings.threads() == 1 ? "" : "s"));
    b.append("holders from ").append(source).append('\n');
    List<String[]> rows = new ArrayList<>();
    StringBuilder head = new StringBuilder("sizes at");
    for (long at : checkpointIterations) {
      head.append(' ').append(at);
    }
    rows.add(new String[] {"holder", "verdict", "entries/iteration", head.toString(), "note"});
    for (HolderResult r : results) {
      StringBuilder sizes = new StringBuilder();
      for (Long s : r.sizes()) {
        sizes.append(sizes.length() == 0 ? "" : " ").append(s == null ? "?" : s.toString());
      }
      String verdict = r.verdict().label() + (r.baselined() && r.verdict() == HolderResult.Verdict.CONFIRMED ? " (baseline)" : "");
      String rate = r.verdict() == HolderResult.Verdict.SKIPPED ? "-" : String.format(Locale.ROOT, "%.3f", r.entriesPerIteration());
      rows.add(new String[] {r.holder().id(), verdict, rate, sizes.toString(), r.note()});
    }
    int[] width = new int[4];
    for (String[] row : rows) {
      for (int c = 0; c < width.length; c++) {
        width[c] = Math.max(width[c], row[c].length());
      }
    }
    for (String[] row : rows) {
      for (int c = 0; c < width.length; c++) {
        b.append(row[c]).append(" ".repeat(width[c] - row[c].length() + 2));
      }
      b.append(row[4]).append('\n');
    }
    b.append(String.format(Locale.ROOT, "retained heap after GC: %,d KiB after the warm-up, %,d KiB at the end (%+.1f bytes/iteration, information only)%n",
        heapAfterWarmup / 1024, heapAtEnd / 1024, heapBytesPerIteration()));
    b.append(String.format(Locale.ROOT,
        "leakguard overhead: %d samples of %d holders, %.1f µs per sample (median %.1f µs), %.2f%% of the workload's time%n",
        samples, results.size(), microsPerSample(), medianSampleNanos / 1000.0, workloadNanos == 0 ? 0 : 100.0 * samplingNanos / workloadNanos));
    return b.toString();
  }

  /** The assertion message when some holder fails the test. */
  public String failureMessage() {
    StringBuilder b = new StringBuilder();
    List<HolderResult> failing = failures();
    b.append(failing.size()).append(failing.size() == 1 ? " holder keeps" : " holders keep").append(" growing with the load in ").append(test)
        .append(':');
    for (HolderResult r : failing) {
      b.append(String.format(Locale.ROOT, "%n  %s: confirmed at %.3f entries/iteration (%s)%s", r.holder().id(), r.entriesPerIteration(),
          r.note(), r.holder().reported() ? " [" + r.holder().rule() + "]" : " [watched]"));
    }
    b.append("\nBound or evict them, or accept a reported one in the baseline.");
    return b.toString();
  }
}
