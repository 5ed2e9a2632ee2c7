package dev.leakguard.analyzer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What earlier runs read, so that a second run on an unchanged module parses nothing and a
 * touched file is the only one parsed again. Two levels: the whole result, keyed by every file's
 * path and content hash and the options (an unchanged module returns it without loading any
 * facts); and each file's facts, keyed by its path and content hash (loaded only when some file
 * changed). Each file's facts are stored as their own serialized bytes, so that a run decodes them
 * on the parser threads, in parallel, only for the files it reads, and writes the unchanged ones
 * back without encoding them again. Stored under {@code target/}: safe to delete, never trusted across leakguard builds
 * (the key includes the version and build time). A cache that cannot be read is ignored, never an
 * error.
 */
final class FactsCache {
  private static final long MAX_CACHE_BYTES = 512L * 1024 * 1024;

  private final Path file;
  private final String buildKey;
  private final String storedResultKey;
  private final AnalysisResult storedResult;
  private byte[] storedEntries; // serialized Map<String, byte[]> (each an Outcome), loaded on first use
  private Map<String, byte[]> previous;
  /** This run's entries, serialized: taken over from the previous run, or encoded when read. */
  private final Map<String, byte[]> current = new ConcurrentHashMap<>();
  private String resultKey;
  private AnalysisResult result;
  private int hits;

  private FactsCache(Path file, String buildKey, String storedResultKey, AnalysisResult storedResult, byte[] storedEntries) {
    this.file = file;
    this.buildKey = buildKey;
    this.storedResultKey = storedResultKey;
    this.storedResult = storedResult;
    this.storedEntries = storedEntries;
  }

  static FactsCache open(Path file) {
    String buildKey = "leakguard " + Version.get() + " " + Version.build();
    if (file != null && Files.isRegularFile(file)) {
      try (InputStream in = Files.newInputStream(file); ObjectInputStream ois = new ObjectInputStream(in)) {
        ois.setObjectInputFilter(FactsCache::allow);
        if (buildKey.equals(ois.readObject())) {
          String resultKey = (String) ois.readObject();
          AnalysisResult result = (AnalysisResult) ois.readObject();
          byte[] entries = (byte[]) ois.readObject();
          return new FactsCache(file, buildKey, resultKey, result, entries);
        }
      } catch (IOException | ClassNotFoundException | RuntimeException e) {
        // a cache is only a shortcut: read everything again
      }
    }
    return new FactsCache(file, buildKey, null, null, null);
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

  /**
   * The key of a whole run: every listed file's path and content hash, and the options. Files
   * that cannot be read make the run uncacheable (null).
   */
  static String resultKey(List<Path> files, List<String> contentHashes, String options) {
    MessageDigest sha = sha256();
    sha.update(options.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    for (int i = 0; i < files.size(); i++) {
      if (contentHashes.get(i) == null) {
        return null;
      }
      sha.update(files.get(i).toAbsolutePath().normalize().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(contentHashes.get(i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /** The result of an earlier run over exactly these contents and options, or null. */
  AnalysisResult result(String key) {
    return key != null && key.equals(storedResultKey) ? storedResult : null;
  }

  /** Records this run's result, to be written by {@link #save()}. */
  void putResult(String key, AnalysisResult r) {
    this.resultKey = key;
    this.result = r;
  }

  /** The cached outcome for this exact content, or null (also when its entry cannot be decoded). */
  SourceParser.Outcome get(Path path, byte[] bytes) {
    String k = entryKey(path, bytes);
    byte[] stored = previous().get(k);
    if (stored == null) {
      return null;
    }
    SourceParser.Outcome o;
    try (ObjectInputStream ois = new ObjectInputStream(new ByteArrayInputStream(stored))) {
      ois.setObjectInputFilter(FactsCache::allow);
      o = (SourceParser.Outcome) ois.readObject();
    } catch (IOException | ClassNotFoundException | RuntimeException e) {
      return null; // read the file again
    }
    synchronized (this) {
      hits++;
    }
    current.put(k, stored);
    return o;
  }

  /** Records a file's outcome, encoded now (on the calling parser thread), to be written by {@link #save()}. */
  void put(Path path, byte[] bytes, SourceParser.Outcome outcome) {
    try {
      current.put(entryKey(path, bytes), serialize(outcome));
    } catch (IOException | RuntimeException e) {
      // not cached: the file is read again next time
    }
  }

  synchronized int hits() {
    return hits;
  }

  @SuppressWarnings("unchecked")
  private synchronized Map<String, byte[]> previous() {
    if (previous == null) {
      previous = new HashMap<>();
      if (storedEntries != null) {
        try (ObjectInputStream ois = new ObjectInputStream(new ByteArrayInputStream(storedEntries))) {
          ois.setObjectInputFilter(FactsCache::allow);
          previous.putAll((Map<String, byte[]>) ois.readObject());
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
          previous.clear();
        }
        storedEntries = null;
      }
    }
    return previous;
  }

  /**
   * Writes what this run read (dropping files that are gone or changed) and its result,
   * atomically. A run answered from the stored result keeps the stored entries as they were.
   */
  void save() throws IOException {
    if (file == null) {
      return;
    }
    byte[] entries;
    synchronized (this) {
      if (previous == null && storedEntries != null && result == storedResult) {
        entries = storedEntries; // nothing was read: keep the stored facts without decoding them
      } else {
        entries = serialize(new HashMap<>(current));
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(buildKey);
      out.writeObject(resultKey);
      out.writeObject(result);
      out.writeObject(entries);
    }
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
    try {
      Files.write(tmp, bytes.toByteArray());
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static byte[] serialize(Object o) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(o);
    }
    return bytes.toByteArray();
  }

  static String contentHash(byte[] bytes) {
    return HexFormat.of().formatHex(sha256().digest(bytes));
  }

  private static String entryKey(Path path, byte[] bytes) {
    return path.toAbsolutePath().normalize() + "#" + contentHash(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always present", e);
    }
  }
}
