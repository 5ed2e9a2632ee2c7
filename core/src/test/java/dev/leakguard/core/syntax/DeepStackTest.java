package dev.leakguard.core.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DeepStackTest {

  /** Recursion a default thread stack cannot hold, but a large one can. */
  private static int depth(int n) {
    return n == 0 ? 0 : 1 + depth(n - 1);
  }

  @Test
  void readingThatOverflowsTheCallingThread_isRunAgainOnALargeStack() throws Exception {
    int[] answer = new int[1];
    Thread small = new Thread(null, () -> answer[0] = DeepStack.call(() -> depth(2_000_000)), "small", 256 * 1024);
    small.start();
    small.join();

    assertEquals(2_000_000, answer[0]);
  }

  @Test
  void shallowReading_runsInPlace() {
    assertEquals(Thread.currentThread().getName(), DeepStack.call(() -> Thread.currentThread().getName()));
  }

  @Test
  void failureOfTheReading_reachesTheCaller() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DeepStack.call(() -> {
      throw new IllegalArgumentException("bad tree");
    }));
    assertEquals("bad tree", e.getMessage());
  }
}
