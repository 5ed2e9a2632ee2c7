package dev.leakguard.junit;

import java.util.List;

/**
 * What one run found about one holder.
 *
 * @param holder the holder
 * @param verdict confirmed, flat or skipped
 * @param entriesPerIteration the least-squares slope of its size over the checkpoints (0 when skipped)
 * @param sizes its size at each checkpoint, null where it could not be read
 * @param note why it was skipped, or what the sizes say in words
 * @param baselined whether its finding is in the baseline (a confirmed one then does not fail the test)
 */
public record HolderResult(WatchedHolder holder, Verdict verdict, double entriesPerIteration, List<Long> sizes, String note,
    boolean baselined) {

  public enum Verdict {
    CONFIRMED, FLAT, SKIPPED;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public HolderResult {
    sizes = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(sizes));
  }

  /** Whether this result fails the test: confirmed and not accepted by the baseline. */
  public boolean fails() {
    return verdict == Verdict.CONFIRMED && !baselined;
  }
}
