package dev.leakguard.analyzer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Facts of files already read, keyed by path and content hash, so that a second run on an
 * unchanged module parses nothing and a touched file is the only one parsed again. Stored under
 * {@code target/}: safe to delete, and never trusted across leakguard builds (the key includes the
 * version and build time). A cache that cannot be read is ignored, never an error.
 */
final class FactsCache {
  private static final long MAX_CACHE_BYTES = 512L * 1024 * 1024;

  private record Stored(String key, Map<String, SourceParser.Outcome> byPathAndHash) implements Serializable {}

  private final Path file;
  private final String key;
  private final Map<String, SourceParser.Outcome> previous;
  private final Map<String, SourceParser.Outcome> current = new ConcurrentHashMap<>();
  private int hits;

  private FactsCache(Path file, String key, Map<String, SourceParser.Outcome> previous) {
    this.file = file;
    this.key = key;
    this.previous = previous;
  }

  static FactsCache open(Path file) {
    String key = "leakguard " + Version.get() + " " + Version.build();
    Map<String, SourceParser.Outcome> loaded = new HashMap<>();
    if (file != null && Files.isRegularFile(file)) {
      try (InputStream in = Files.newInputStream(file); ObjectInputStream ois = new ObjectInputStream(in)) {
        ois.setObjectInputFilter(FactsCache::allow);
        Object o = ois.readObject();
        if (o instanceof Stored s && s.key().equals(key)) {
          loaded.putAll(s.byPathAndHash());
        }
      } catch (IOException | ClassNotFoundException | RuntimeException e) {
        loaded.clear(); // a cache is only a shortcut: read everything again
      }
    }
    return new FactsCache(file, key, loaded);
  }

  /** Only leakguard's own facts and the JDK's collections and boxes may come out of the file. */
  private static ObjectInputFilter.Status allow(ObjectInputFilter.FilterInfo info) {
    if (info.streamBytes() > MAX_CACHE_BYTES || info.depth() > 64) {
      return ObjectInputFilter.Status.REJECTED;
    }
    Class<?> c = info.serialClass();
    if (c == null) {
      return ObjectInputFilter.Status.UNDECIDED;
    }
    while (c.isArray()) {
      c = c.getComponentType();
    }
    if (c.isPrimitive()) {
      return ObjectInputFilter.Status.ALLOWED;
    }
    String n = c.getName();
    return n.startsWith("dev.leakguard.") || n.startsWith("java.util.") || n.startsWith("java.lang.")
        ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
  }

  /** The cached outcome for this exact content, or null. */
  SourceParser.Outcome get(Path path, byte[] bytes) {
    SourceParser.Outcome o = previous.get(entryKey(path, bytes));
    if (o != null) {
      synchronized (this) {
        hits++;
      }
      current.put(entryKey(path, bytes), o);
    }
    return o;
  }

  void put(Path path, byte[] bytes, SourceParser.Outcome outcome) {
    current.put(entryKey(path, bytes), outcome);
  }

  synchronized int hits() {
    return hits;
  }

  /** Writes what this run read (dropping files that are gone or changed), atomically. */
  void save() throws IOException {
    if (file == null) {
      return;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(new Stored(key, new HashMap<>(current)));
    }
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
    try {
      Files.write(tmp, bytes.toByteArray());
      Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static String entryKey(Path path, byte[] bytes) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return path.toAbsolutePath().normalize() + "#" + HexFormat.of().formatHex(sha.digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always present", e);
    }
  }

}
