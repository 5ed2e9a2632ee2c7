package dev.leakguard.analyzer;

import dev.leakguard.analyzer.facts.BinaryCodec;
import dev.leakguard.analyzer.report.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What earlier runs read, so that a second run on an unchanged module reads no source file and
 * a touched file is the only one read again. Two levels: the whole result, keyed by every file's
 * path and content hash and the options (an unchanged module returns it without decoding any
 * facts); and, per file, its identifiers (what the pre-filter needs) and its facts, keyed by its
 * path and content hash, each encoded by {@link BinaryCodec} on its own so that a run decodes
 * only the files it needs, on the parser threads, and writes the others back as they were.
 *
 * <p>A file whose size and modification time are those recorded is taken to have the recorded
 * content without being read, unless it was modified less than {@link #RACY_MILLIS} before the
 * cache was written (then it is hashed again: a change in the same clock tick is not missed).
 *
 * <p>Stored under {@code target/}: safe to delete, never trusted across leakguard builds (the key
 * includes the version and build time) nor across shapes of the facts. A cache that cannot be
 * read is ignored, never an error.
 */
final class FactsCache {
  private static final byte[] MAGIC = {'L', 'G', 'C', 'A', 'C', 'H', 'E', '\n'};
  private static final int FORMAT_VERSION = 4;
  private static final long MAX_CACHE_BYTES = 1024L * 1024 * 1024;
  static final long RACY_MILLIS = 2_000;

  static final BinaryCodec<SourceParser.Outcome> OUTCOMES = BinaryCodec.of(SourceParser.Outcome.class);
  static final BinaryCodec<Identifiers.Scan> SCANS = BinaryCodec.of(Identifiers.Scan.class);
  static final BinaryCodec<AnalysisResult> RESULTS = BinaryCodec.of(AnalysisResult.class);
  static final BinaryCodec<Plan> PLANS = BinaryCodec.of(Plan.class);
  private static final long SCHEMA = ((OUTCOMES.schemaHash() * 31 + SCANS.schemaHash()) * 31 + RESULTS.schemaHash()) * 31
      + PLANS.schemaHash();

  /**
   * What the pre-filter chose last time: the files read whole and those read for their
   * declarations only (absolute paths), what it had learned when it stopped, and the hashes of the
   * names the judgement's read files declare and none of them calls ({@link CrossFileCalls}; null
   * until a judgement of these files recorded them).
   */
  record Plan(List<String> whole, List<String> declarationsOnly, Prefilter.State state, long[] uncalledNames) {
    Plan withUncalledNames(long[] names) {
      return new Plan(whole, declarationsOnly, state, names);
    }
  }

  /** What the cache knows of one file: its state when recorded and its encoded scan and facts (null: none). */
  private record Entry(long size, long modified, String hash, Blob scan, Blob outcome) {
    Entry withScan(byte[] s) {
      return new Entry(size, modified, hash, new Blob(s), outcome);
    }

    Entry withOutcome(byte[] o) {
      return new Entry(size, modified, hash, scan, new Blob(o));
    }

    Entry withOutcome(Blob o) {
      return new Entry(size, modified, hash, scan, o);
    }
  }

  /**
   * A file's scan or facts: bytes this run encoded, or a stretch of the stored cache, read from
   * disk only when some file's is first needed (an unchanged module needs none).
   */
  private static final class Blob {
    private final StoredBlobs stored;
    private final int offset;
    private final int length;
    private volatile ByteBuffer bytes;

    Blob(byte[] encoded) {
      this.stored = null;
      this.offset = 0;
      this.length = encoded.length;
      this.bytes = ByteBuffer.wrap(encoded);
    }

    Blob(StoredBlobs stored, int offset, int length) {
      this.stored = stored;
      this.offset = offset;
      this.length = length;
    }

    int length() {
      return length;
    }

    /** The bytes (a view of their own); an {@link java.io.UncheckedIOException} when the stored cache cannot be read. */
    ByteBuffer buffer() {
      ByteBuffer b = bytes;
      if (b == null) {
        b = stored.slice(offset, length);
        bytes = b;
      }
      return b.duplicate();
    }

    boolean sameBytes(Blob other) {
      return other == this || other != null && length == other.length && buffer().equals(other.buffer());
    }
  }

  /**
   * The files' scans and facts of a stored cache: read whole, on first use, from the channel opened
   * with the cache (so a cache another build replaced meanwhile is never mixed in); the channel is
   * closed once they are read, or by {@link #close()}.
   */
  private static final class StoredBlobs {
    private final long start;
    private final int length;
    private FileChannel channel;
    private ByteBuffer data;

    StoredBlobs(FileChannel channel, long start, int length) {
      this.channel = channel;
      this.start = start;
      this.length = length;
    }

    synchronized ByteBuffer slice(int offset, int size) {
      if (data == null) {
        if (channel == null) {
          throw new java.io.UncheckedIOException(new IOException("the analysis cache was closed"));
        }
        try {
          ByteBuffer read = ByteBuffer.allocate(length);
          while (read.hasRemaining()) {
            if (channel.read(read, start + read.position()) < 0) {
              throw new java.io.EOFException("the analysis cache ends early");
            }
          }
          data = read.flip();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        } finally {
          close();
        }
      }
      return data.slice(offset, size);
    }

    synchronized void close() {
      if (channel != null) {
        try {
          channel.close();
        } catch (IOException e) {
          // only read from: nothing is lost
        }
        channel = null;
      }
    }
  }

  private final Path file;
  /** The stored cache's scans and facts, read when first needed; null when none was read. */
  private final StoredBlobs stored;
  private final String buildKey;
  private final long writtenAt;
  private final String storedResultKey;
  /** What the stored result was judged with besides the files: the options and the upstream facts. */
  private final String storedContext;
  private final byte[] storedResult;
  private final Map<String, Entry> previous;
  private final byte[] storedPlan;
  private Plan plan;
  /** The files of this run whose content is not the recorded one (or that were not recorded). */
  private final java.util.Set<String> changed = ConcurrentHashMap.newKeySet();
  /** This run's files: taken over from the previous run when unchanged, else filled as they are read. */
  private final Map<String, Entry> current = new ConcurrentHashMap<>();
  /** The files parsed by this run: their facts, new to the cache, are no cache hit when asked for again. */
  private final java.util.Set<String> parsedNow = ConcurrentHashMap.newKeySet();
  private String resultKey;
  private String context = "";
  private AnalysisResult result;
  private boolean resultFromStore;
  private int hits;

  private FactsCache(Path file, StoredBlobs stored, String buildKey, long writtenAt, String storedResultKey,
      String storedContext, byte[] storedResult, byte[] storedPlan, Map<String, Entry> previous) {
    this.stored = stored;
    this.storedContext = storedContext;
    this.storedPlan = storedPlan;
    this.file = file;
    this.buildKey = buildKey;
    this.writtenAt = writtenAt;
    this.storedResultKey = storedResultKey;
    this.storedResult = storedResult;
    this.previous = previous;
  }

  static FactsCache open(Path file) {
    String buildKey = "leakguard " + Version.get() + " " + Version.build();
    if (file != null && Files.isRegularFile(file)) {
      FileChannel channel = null;
      try {
        channel = FileChannel.open(file, StandardOpenOption.READ);
        long size = channel.size();
        if (size <= MAX_CACHE_BYTES) {
          // Only the head (the result, the plan and the table of files) is read now: the files'
          // scans and facts stay on disk until one is needed (an unchanged module needs none).
          // Read, not mapped: a mapped file cannot be replaced on Windows.
          FactsCache read = read(file, buildKey, channel, size);
          if (read != null) {
            channel = null; // the cache's now, closed when its files' part is read or it is closed
            return read;
          }
        }
      } catch (IOException | RuntimeException e) {
        // a cache is only a shortcut: read everything again
      } finally {
        if (channel != null) {
          try {
            channel.close();
          } catch (IOException e) {
            // only read from
          }
        }
      }
    }
    return new FactsCache(file, null, buildKey, 0, null, "", null, null, Map.of());
  }

  /** Closes the stored cache if its files' part was never read (idempotent). */
  void close() {
    if (stored != null) {
      stored.close();
    }
  }

  /**
   * The layout: magic, format version, schema digest, build key, time written, result key, its
   * context (options and upstream facts), the result and the plan; then the table of files (path, size, modification time, content hash,
   * the lengths of its scan and facts); then every file's scan and facts, in table order. The head
   * is read in a growing prefix of the file until it parses whole.
   */
  private static FactsCache read(Path file, String buildKey, FileChannel channel, long size) throws IOException {
    int prefix = (int) Math.min(size, 1 << 20);
    while (true) {
      ByteBuffer in = ByteBuffer.allocate(prefix);
      while (in.hasRemaining() && channel.read(in, in.position()) >= 0) {
        // reads the prefix whole
      }
      in.flip();
      try {
        return readHead(file, buildKey, in, channel, size);
      } catch (java.nio.BufferUnderflowException | IndexOutOfBoundsException e) {
        if (prefix >= size) {
          return null; // a truncated cache
        }
        prefix = (int) Math.min(size, 2L * prefix);
      }
    }
  }

  private static FactsCache readHead(Path file, String buildKey, ByteBuffer in, FileChannel channel, long size) {
    byte[] magic = new byte[MAGIC.length];
    in.get(magic);
    if (!Arrays.equals(magic, MAGIC) || in.getInt() != FORMAT_VERSION || in.getLong() != SCHEMA
        || !buildKey.equals(string(in))) {
      return null;
    }
    long writtenAt = in.getLong();
    String resultKey = string(in);
    String context = string(in);
    ByteBuffer result = blob(in, in.getInt());
    ByteBuffer plan = blob(in, in.getInt());
    int n = in.getInt();
    String[] paths = new String[n];
    long[][] states = new long[n][];
    String[] hashes = new String[n];
    int[][] lengths = new int[n][];
    long total = 0;
    for (int i = 0; i < n; i++) {
      paths[i] = string(in);
      states[i] = new long[] {in.getLong(), in.getLong()};
      hashes[i] = string(in);
      lengths[i] = new int[] {in.getInt(), in.getInt()};
      total += Math.max(0, lengths[i][0]) + Math.max(0, lengths[i][1]);
    }
    long start = in.position();
    if (start + total != size) {
      return null; // not the layout written: ignored
    }
    StoredBlobs stored = new StoredBlobs(channel, start, (int) total);
    Map<String, Entry> entries = new HashMap<>(Math.max(16, n * 2));
    int offset = 0;
    for (int i = 0; i < n; i++) {
      Blob scan = lengths[i][0] < 0 ? null : new Blob(stored, offset, lengths[i][0]);
      offset += Math.max(0, lengths[i][0]);
      Blob outcome = lengths[i][1] < 0 ? null : new Blob(stored, offset, lengths[i][1]);
      offset += Math.max(0, lengths[i][1]);
      entries.put(paths[i], new Entry(states[i][0], states[i][1], hashes[i], scan, outcome));
    }
    return new FactsCache(file, stored, buildKey, writtenAt, resultKey.isEmpty() ? null : resultKey, context,
        result == null ? null : bytes(result), plan == null ? null : bytes(plan), entries);
  }

  /** The next {@code length} bytes as a buffer of their own (null for length -1). */
  private static ByteBuffer blob(ByteBuffer in, int length) {
    if (length < 0) {
      return null;
    }
    ByteBuffer b = in.slice(in.position(), length);
    in.position(in.position() + length);
    return b;
  }

  private static byte[] bytes(ByteBuffer b) {
    byte[] out = new byte[b.remaining()];
    b.duplicate().get(out);
    return out;
  }

  private static String string(ByteBuffer in) {
    byte[] b = new byte[in.getInt()];
    in.get(b);
    return new String(b, StandardCharsets.UTF_8);
  }

  private static void string(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  /**
   * The content hash of {@code path}: the recorded one when its size and modification time are
   * those recorded (and not racy), else computed from {@code content} (read only then). The file
   * becomes part of this run; null when it cannot be read.
   */
  String contentHash(Path path, ContentSource content) {
    String key = key(path);
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, BasicFileAttributes.class);
    } catch (IOException e) {
      return null;
    }
    long size = attributes.size();
    long modified = attributes.lastModifiedTime().toMillis();
    Entry known = previous.get(key);
    if (known != null && known.size() == size && known.modified() == modified && modified < writtenAt - RACY_MILLIS) {
      current.put(key, known);
      return known.hash();
    }
    String hash;
    try {
      hash = contentHash(content.read(path));
    } catch (IOException e) {
      changed.add(key);
      return null;
    }
    Entry entry;
    if (known != null && known.hash().equals(hash)) {
      entry = new Entry(size, modified, hash, known.scan(), known.outcome());
    } else {
      entry = new Entry(size, modified, hash, null, null);
      changed.add(key);
    }
    current.put(key, entry);
    return hash;
  }

  /** Whether {@code path} has the content recorded last time (known from {@link #contentHash}). */
  boolean unchanged(Path path) {
    String key = key(path);
    return current.containsKey(key) && !changed.contains(key);
  }

  /** What the pre-filter chose last time, or null. */
  synchronized Plan plan() {
    if (plan == null && storedPlan != null) {
      try {
        plan = PLANS.decode(storedPlan);
      } catch (RuntimeException e) {
        return null;
      }
    }
    return plan;
  }

  /** Records what the pre-filter chose this time, to be written by {@link #save()}. */
  synchronized void putPlan(Plan p) {
    plan = p;
  }

  /** Records, in this run's plan, the names its judgement found declared and not called (see {@link Plan}). */
  synchronized void putUncalledNames(long[] names) {
    Plan p = plan();
    if (p != null) {
      plan = p.withUncalledNames(names);
    }
  }

  /** Forgets the cache hits counted since {@code mark} (a value of {@link #hits()}): work thrown away. */
  synchronized void forgetHitsSince(int mark) {
    hits = mark;
  }

  /** Reads a file's bytes (through the analyzer's size limit). */
  @FunctionalInterface
  interface ContentSource {
    byte[] read(Path file) throws IOException;
  }

  /**
   * The key of a whole run: every listed file's path and content hash, and the options. Files
   * that cannot be read make the run uncacheable (null).
   */
  static String resultKey(List<Path> files, List<String> contentHashes, String options) {
    MessageDigest sha = sha256();
    sha.update(options.getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < files.size(); i++) {
      if (contentHashes.get(i) == null) {
        return null;
      }
      sha.update(key(files.get(i)).getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(contentHashes.get(i).getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /** The result of an earlier run over exactly these contents and options, or null. */
  AnalysisResult result(String key) {
    if (key == null || !key.equals(storedResultKey) || storedResult == null) {
      return null;
    }
    try {
      AnalysisResult r = RESULTS.decode(storedResult);
      resultKey = key;
      context = storedContext;
      result = r;
      resultFromStore = true;
      return r;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * Records this run's result, to be written by {@link #save()}: {@code key} covers the files and
   * {@code context}, the options and upstream facts it was judged with.
   */
  void putResult(String key, String context, AnalysisResult r) {
    this.resultKey = key;
    this.context = context;
    this.result = r;
    this.resultFromStore = false;
  }

  /**
   * The key of the stored result when it was judged with {@code context} over exactly this run's
   * files (by path; their contents may differ), else null.
   */
  String storedKeyOverSameFiles(String context) {
    if (storedResultKey == null || storedResult == null || !storedContext.equals(context)
        || !current.keySet().equals(previous.keySet())) {
      return null;
    }
    return storedResultKey;
  }

  /** The stored result (see {@link #storedKeyOverSameFiles}), or null when it cannot be decoded. */
  AnalysisResult storedResult() {
    try {
      return storedResult == null ? null : RESULTS.decode(storedResult);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The files of this run whose content is not the recorded one, sorted. */
  List<String> changedFiles() {
    return changed.stream().sorted().toList();
  }

  /** The scan recorded for the earlier content of {@code path}, or null. */
  Identifiers.Scan recordedScan(Path path) {
    Entry then = previous.get(key(path));
    try {
      return then == null || then.scan() == null ? null : SCANS.decode(bytes(then.scan().buffer()));
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * Takes the facts recorded for the earlier content of a changed file as those of its content
   * now (the caller knows them to be the same: same code); nothing when none were recorded.
   */
  void adoptRecordedFacts(Path path) {
    String key = key(path);
    Entry then = previous.get(key);
    if (then != null && then.outcome() != null) {
      current.computeIfPresent(key, (k, e) -> e.withOutcome(then.outcome()));
    }
  }

  /**
   * Whether this run's facts of a changed file (put by {@link #put}) are, byte for byte, those
   * recorded for its earlier content (read the same way: whole, or its declarations only).
   */
  boolean outcomeAsRecorded(Path path) {
    String key = key(path);
    Entry now = current.get(key);
    Entry then = previous.get(key);
    return now != null && then != null && now.outcome() != null && then.outcome() != null
        && now.outcome().sameBytes(then.outcome());
  }

  /** The recorded identifiers of this content of {@code path} (hashed by {@link #contentHash}), or null. */
  Identifiers.Scan scan(Path path, String hash) {
    Entry e = hash == null ? null : current.get(key(path));
    if (e == null || e.scan() == null || !e.hash().equals(hash)) {
      return null;
    }
    try {
      return SCANS.decode(bytes(e.scan().buffer()));
    } catch (RuntimeException ex) {
      return null;
    }
  }

  void putScan(Path path, String hash, Identifiers.Scan scan) {
    current.computeIfPresent(key(path), (k, e) -> e.hash().equals(hash) ? e.withScan(SCANS.encode(scan)) : e);
  }

  /** The cached outcome for this content of {@code path}, or null (also when its entry cannot be decoded). */
  SourceParser.Outcome get(Path path, String hash) {
    Entry e = hash == null ? null : current.get(key(path));
    if (e == null || e.outcome() == null || !e.hash().equals(hash)) {
      return null;
    }
    SourceParser.Outcome o;
    try {
      o = OUTCOMES.decode(bytes(e.outcome().buffer()));
    } catch (RuntimeException ex) {
      return null; // read the file again
    }
    if (!parsedNow.contains(key(path))) {
      synchronized (this) {
        hits++;
      }
    }
    return o;
  }

  /** Records a file's outcome, encoded now (on the calling parser thread), to be written by {@link #save()}. */
  void put(Path path, String hash, SourceParser.Outcome outcome) {
    byte[] encoded;
    try {
      encoded = OUTCOMES.encode(outcome);
    } catch (RuntimeException e) {
      return; // not cached: the file is read again next time
    }
    parsedNow.add(key(path));
    current.computeIfPresent(key(path), (k, e) -> e.hash().equals(hash) ? e.withOutcome(encoded) : e);
  }

  synchronized int hits() {
    return hits;
  }

  /**
   * Writes what this run knows (dropping files that are gone) and its result, atomically; a run
   * answered from the stored result over the same files writes nothing.
   */
  void save() throws IOException {
    if (file == null) {
      return;
    }
    if (resultFromStore && current.size() == previous.size() && current.entrySet().stream()
        .allMatch(e -> e.getValue() == previous.get(e.getKey()))) {
      close();
      return;
    }
    ByteArrayOutputStream head = new ByteArrayOutputStream(1 << 20);
    Map<String, Entry> sorted = new TreeMap<>(current);
    try (DataOutputStream out = new DataOutputStream(head)) {
      out.write(MAGIC);
      out.writeInt(FORMAT_VERSION);
      out.writeLong(SCHEMA);
      string(out, buildKey);
      out.writeLong(System.currentTimeMillis());
      string(out, resultKey == null ? "" : resultKey);
      string(out, context);
      framed(out, result == null ? null : RESULTS.encode(result));
      Plan p = plan();
      framed(out, p == null ? null : PLANS.encode(p));
      out.writeInt(sorted.size());
      for (Map.Entry<String, Entry> e : sorted.entrySet()) {
        Entry v = e.getValue();
        string(out, e.getKey());
        out.writeLong(v.size());
        out.writeLong(v.modified());
        string(out, v.hash());
        out.writeInt(v.scan() == null ? -1 : v.scan().length());
        out.writeInt(v.outcome() == null ? -1 : v.outcome().length());
      }
    }
    // The files' scans and facts are slices of the cache read at the start (or encoded by this
    // run): written as they are, in table order, with no copy into one array first.
    List<ByteBuffer> parts = new java.util.ArrayList<>(2 * sorted.size() + 1);
    parts.add(ByteBuffer.wrap(head.toByteArray()));
    try {
      for (Entry v : sorted.values()) {
        if (v.scan() != null) {
          parts.add(v.scan().buffer());
        }
        if (v.outcome() != null) {
          parts.add(v.outcome().buffer());
        }
      }
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
    close(); // (read whole by now) the stored cache is replaced next
    ByteBuffer[] buffers = parts.toArray(ByteBuffer[]::new);
    AtomicFiles.write(file, channel -> {
      for (int i = 0; i < buffers.length; ) {
        channel.write(buffers, i, Math.min(buffers.length - i, 1024)); // at most IOV_MAX buffers a call
        while (i < buffers.length && !buffers[i].hasRemaining()) {
          i++;
        }
      }
    });
  }

  /** Bytes with their length in front (-1 for none). */
  private static void framed(DataOutputStream out, byte[] b) throws IOException {
    out.writeInt(b == null ? -1 : b.length);
    if (b != null) {
      out.write(b);
    }
  }

  static String contentHash(byte[] bytes) {
    return HexFormat.of().formatHex(sha256().digest(bytes));
  }

  static String key(Path path) {
    return path.toAbsolutePath().normalize().toString();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always present", e);
    }
  }
}
