package dev.leakguard.core;

import static dev.leakguard.core.FactsFixture.newInstance;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/**
 * A judgement on an interrupted thread stops instead of finishing (the analyzer judges while it
 * checks that its facts are complete, and throws the judgement away when they are not); on a
 * thread that is not interrupted it gives its findings as ever.
 */
class JudgeInterruptionTest {
  private final FactsFixture f = new FactsFixture();

  @Test
  void interruptedThread_stopsWithCancellation_andKeepsItsInterruptStatus() {
    f.staticField("pkg.Registry", "SERVICES", newInstance("java.util.HashMap"));
    f.call("pkg.Registry.SERVICES", "put", 2);
    Thread.currentThread().interrupt();
    try {
      assertThrows(CancellationException.class, f::judge);
      assertTrue(Thread.currentThread().isInterrupted(), "the interrupt is left for the caller");
    } finally {
      Thread.interrupted(); // clears it for the next test
    }
  }

  @Test
  void thread_notInterrupted_judgesAsEver() {
    f.staticField("pkg.Registry", "SERVICES", newInstance("java.util.HashMap"));
    f.call("pkg.Registry.SERVICES", "put", 2);

    List<Finding> findings = f.judge();

    assertEquals(List.of("pkg.Registry.SERVICES"), findings.stream().map(Finding::holder).toList());
  }
}
