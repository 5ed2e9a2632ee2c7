package dev.leakguard.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test whose body is one iteration of a workload: leakguard runs it {@link #iterations()}
 * times, samples every holder leakguard reports for the module (and those in {@link #watch()})
 * at the checkpoints, prints a table, writes {@code target/leakguard/runtime.json}, and fails
 * when a holder keeps growing with the load and its finding is not in the baseline. The method
 * may take an {@code int} parameter: the iteration, from 0. Start servers and clients in
 * {@code @BeforeAll}/{@code @BeforeEach}; they run once, not per iteration.
 *
 * <pre>
 * &#64;LeakTest(iterations = 10_000, checkpoints = 5)
 * void sendRequest(int i) throws Exception {
 *   client.send(request(i), BodyHandlers.ofString());
 * }
 * </pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Test
@ExtendWith(LeakGuardExtension.class)
public @interface LeakTest {

  /** How many times the body runs, warm-up included. */
  int iterations();

  /** How many samples are taken after the warm-up, evenly spaced (one more ends the warm-up); at least 2. */
  int checkpoints() default LeakSettings.DEFAULT_CHECKPOINTS;

  /** Iterations before the first sample, so caches and pools fill first; -1: a tenth of {@link #iterations()}. */
  int warmup() default -1;

  /** How many threads share the iterations (samples are taken while all of them wait). */
  int threads() default 1;

  /** Entries per iteration from which a holder that keeps growing counts as confirmed. */
  double minRate() default LeakSettings.DEFAULT_MIN_RATE;

  /** Fields to watch besides the reported holders, {@code pkg.Class.field} (nested classes joined by dots). */
  String[] watch() default {};
}
