package conformance.singletons;

import java.util.ArrayList;
import java.util.List;

/** An object created in ThreadLocal.withInitial(..) is one per thread, not one per class. */
public final class ThreadLocalInstanceNotSingleton {

  private static final ThreadLocal<Buffer> BUFFERS = ThreadLocal.withInitial(() -> new Buffer());

  private ThreadLocalInstanceNotSingleton() {}

  public static void append(String line) {
    BUFFERS.get().lines.add(line);
  }

  static final class Buffer {
    private final List<String> lines = new ArrayList<>(); // expect: none

    void flush() {
      System.out.println(String.join("\n", lines));
    }
  }
}
