package dev.leakguard.junit;

/**
 * The verdict on one holder from its sizes at the checkpoints (after the warm-up). A holder is
 * {@code confirmed} when all three hold:
 *
 * <ol>
 *   <li>the least-squares slope of size over iterations, across every checkpoint, is at least
 *       {@code minRate} entries per iteration;
 *   <li>the slope across the second half of the checkpoints (from checkpoint {@code ⌈n/2⌉} to the
 *       last) is at least {@code minRate} too: it is still growing at the end, not a bound being
 *       filled;
 *   <li>it never fell back: every size sampled from that middle checkpoint on (checkpoints and
 *       the samples between them) is above its size at the first checkpoint, so a buffer
 *       flushed now and then is not taken for growth when the checkpoints happen to catch it
 *       rising.
 * </ol>
 *
 * Otherwise it is {@code flat}. The rate given is the first slope.
 */
final class GrowthVerdict {
  private GrowthVerdict() {}

  /** The slope of the least-squares line through ({@code x[i]}, {@code y[i]}) for {@code i} in [from, x.length). */
  static double slope(long[] x, double[] y, int from) {
    int n = x.length - from;
    if (n < 2) {
      return 0;
    }
    double mx = 0;
    double my = 0;
    for (int i = from; i < x.length; i++) {
      mx += x[i];
      my += y[i];
    }
    mx /= n;
    my /= n;
    double sxy = 0;
    double sxx = 0;
    for (int i = from; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
    }
    return sxx == 0 ? 0 : sxy / sxx;
  }

  /** The index of the middle checkpoint among {@code count} samples (sample 0 ends the warm-up). */
  static int middle(int count) {
    int checkpoints = count - 1;
    return (checkpoints + 1) / 2;
  }

  /**
   * @param iterations the iteration count at each checkpoint
   * @param sizes the size at each checkpoint
   * @param lowestFromMiddle the smallest size sampled from the middle checkpoint on
   */
  static boolean confirmed(long[] iterations, double[] sizes, double lowestFromMiddle, double minRate) {
    double all = slope(iterations, sizes, 0);
    double late = slope(iterations, sizes, middle(sizes.length));
    return all >= minRate && late >= minRate && lowestFromMiddle > sizes[0];
  }
}
