package dev.leakguard.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The verdict rule on sizes alone. */
class GrowthVerdictTest {
  private static final long[] AT = {1_000, 2_800, 4_600, 6_400, 8_200, 10_000};

  @Test
  void slope_isTheLeastSquaresLine() {
    assertEquals(0.5, GrowthVerdict.slope(new long[] {0, 10, 20}, new double[] {1, 6, 11}, 0), 1e-12);
    assertEquals(0.0, GrowthVerdict.slope(new long[] {5}, new double[] {3}, 0));
  }

  @Test
  void steadyGrowth_isConfirmed() {
    double[] sizes = {1_000, 2_800, 4_600, 6_400, 8_200, 10_000};
    assertTrue(GrowthVerdict.confirmed(AT, sizes, 6_400, 0.01));
  }

  @Test
  void boundFilledDuringTheRun_isFlat_notGrowingAtTheEnd() {
    double[] sizes = {1_000, 2_800, 4_600, 5_000, 5_000, 5_000};
    assertFalse(GrowthVerdict.confirmed(AT, sizes, 5_000, 0.01));
  }

  @Test
  void bufferFlushedNowAndThen_isFlat_evenWhenTheCheckpointsCatchItRising() {
    double[] sizes = {100, 200, 300, 400, 500, 600};
    assertFalse(GrowthVerdict.confirmed(AT, sizes, 3, 0.01), "fell back below its first size between checkpoints");
  }

  @Test
  void growthBelowTheRate_isFlat() {
    double[] sizes = {10, 11, 12, 13, 14, 15};
    assertFalse(GrowthVerdict.confirmed(AT, sizes, 13, 0.01));
    assertTrue(GrowthVerdict.confirmed(AT, sizes, 13, 0.0005));
  }

  @Test
  void middle_isTheSecondHalfOfTheCheckpoints() {
    assertEquals(3, GrowthVerdict.middle(6));
    assertEquals(1, GrowthVerdict.middle(3));
    assertEquals(2, GrowthVerdict.middle(5));
  }
}
