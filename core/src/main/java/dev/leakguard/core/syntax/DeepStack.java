package dev.leakguard.core.syntax;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs a reading that may recurse deeper than the engine's thread allows (a file with a string
 * concatenation of thousands of terms, as generated tables have): on the calling thread first,
 * and once more on a thread with a large stack if that overflows. PMD and javac parse such files
 * on their own threads; copying a tree and walking it takes more stack per level than parsing.
 * The analyzer reads every file on large stacks already.
 */
public final class DeepStack {
  /** Reserved, not committed: the memory is used only as deep as the reading goes. */
  static final long STACK_BYTES = 512L * 1024 * 1024;

  private DeepStack() {}

  public static <T> T call(Supplier<T> reading) {
    try {
      return reading.get();
    } catch (StackOverflowError tooDeep) {
      return onLargeStack(reading);
    }
  }

  private static <T> T onLargeStack(Supplier<T> reading) {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread reader = new Thread(null, () -> {
      try {
        result.set(reading.get());
      } catch (Throwable t) {
        failure.set(t);
      }
    }, "leakguard-deep-reader", STACK_BYTES);
    reader.start();
    try {
      reader.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading a deeply nested file", e);
    }
    Throwable t = failure.get();
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    if (t != null) {
      throw new IllegalStateException(t);
    }
    return result.get();
  }
}
