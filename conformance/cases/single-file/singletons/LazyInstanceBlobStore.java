package conformance.singletons;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lazy instance idiom: only private constructors, and {@code getInstance()} makes the one
 * instance into a static field when that field is null. The instance's map lives as long as the
 * program. Double-checked locking (the nested class) is the same idiom.
 */
public final class LazyInstanceBlobStore {

  private static LazyInstanceBlobStore instance;

  private final Map<String, byte[]> blobs = new HashMap<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=high

  private LazyInstanceBlobStore() {}

  public static synchronized LazyInstanceBlobStore getInstance() {
    if (instance == null) {
      instance = new LazyInstanceBlobStore();
    }
    return instance;
  }

  public synchronized void store(String id, byte[] data) {
    blobs.put(id, data); // growth
  }

  /** The same idiom, with the null check repeated under a lock. */
  public static final class SessionIndex {
    private static volatile SessionIndex shared;

    private final Set<String> sessions = ConcurrentHashMap.newKeySet(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=high

    private SessionIndex() {}

    public static SessionIndex get() {
      SessionIndex s = shared;
      if (s == null) {
        synchronized (SessionIndex.class) {
          s = shared;
          if (s == null) {
            shared = s = new SessionIndex();
          }
        }
      }
      return s;
    }

    public void open(String sessionId) {
      sessions.add(sessionId); // growth
    }
  }

  /** The same idiom, the new instance made in a local first. */
  public static final class UploadLog {
    private static UploadLog current;

    private final java.util.List<String> uploads = new java.util.ArrayList<>(); // expect: UnboundedSingletonCollection kind=GROWTH confidence=high

    private UploadLog() {}

    public static synchronized UploadLog current() {
      if (current == null) {
        UploadLog made = new UploadLog();
        current = made;
      }
      return current;
    }

    public synchronized void record(String fileName, String user) {
      uploads.add(user + ":" + fileName); // growth
    }
  }
}
