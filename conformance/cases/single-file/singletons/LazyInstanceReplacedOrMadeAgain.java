package conformance.singletons;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Not the lazy instance idiom: a class whose static field is also replaced without a null check
 * ({@code reset()} drops the old instance and its map), one whose field is also set to null, and
 * one that also makes instances for its callers ({@code fresh()}): none keeps one instance for the
 * life of the program.
 */
public final class LazyInstanceReplacedOrMadeAgain {

  private static LazyInstanceReplacedOrMadeAgain current;

  private final Map<String, String> drafts = new HashMap<>(); // expect: none

  private LazyInstanceReplacedOrMadeAgain() {}

  public static synchronized LazyInstanceReplacedOrMadeAgain current() {
    if (current == null) {
      current = new LazyInstanceReplacedOrMadeAgain();
    }
    return current;
  }

  public static synchronized void reset() {
    current = new LazyInstanceReplacedOrMadeAgain();
  }

  public synchronized void save(String id, String text) {
    drafts.put(id, text);
  }

  /** Lazily made, but the class makes instances for its callers too. */
  public static final class Batch {
    private static Batch defaultBatch;

    private final List<String> lines = new ArrayList<>(); // expect: none

    private Batch() {}

    public static synchronized Batch defaults() {
      if (defaultBatch == null) {
        defaultBatch = new Batch();
      }
      return defaultBatch;
    }

    public static Batch fresh() {
      return new Batch();
    }

    public void add(String line) {
      lines.add(line);
    }
  }

  /** Lazily made, and dropped again by {@code close()}. */
  public static final class Workspace {
    private static Workspace open;

    private final Map<String, Object> buffers = new HashMap<>(); // expect: none

    private Workspace() {}

    public static synchronized Workspace open() {
      if (open == null) {
        open = new Workspace();
      }
      return open;
    }

    public static synchronized void close() {
      open = null;
    }

    public void buffer(String name, Object value) {
      buffers.put(name, value);
    }
  }
}
