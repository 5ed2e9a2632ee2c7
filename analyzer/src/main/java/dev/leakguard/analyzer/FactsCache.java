package dev.leakguard.analyzer;

import dev.leakguard.analyzer.facts.BinaryCodec;
import dev.leakguard.analyzer.report.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
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
   * declarations only (absolute paths), and what it had learned when it stopped.
   */
  record Plan(List<String> whole, List<String> declarationsOnly, Prefilter.State state) {}

  /** What the cache knows of one file: its state when recorded and its encoded scan and facts (null: none). */
  private record Entry(long size, long modified, String hash, ByteBuffer scan, ByteBuffer outcome) {
    Entry withScan(byte[] s) {
      return new Entry(size, modified, hash, ByteBuffer.wrap(s), outcome);
    }

    Entry withOutcome(byte[] o) {
      return new Entry(size, modified, hash, scan, ByteBuffer.wrap(o));
    }

    Entry withOutcome(ByteBuffer o) {
      return new Entry(size, modified, hash, scan, o);
    }
  }

  private final Path file;
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

  private FactsCache(Path file, String buildKey, long writtenAt, String storedResultKey, String storedContext,
      byte[] storedResult, byte[] storedPlan, Map<String, Entry> previous) {
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
      try {
        long size = Files.size(file);
        if (size <= MAX_CACHE_BYTES) {
          // Read at once, not mapped (a mapped file cannot be replaced on Windows); each file's
          // scan and facts stay slices of it, copied only when decoded.
          FactsCache read = read(file, buildKey, ByteBuffer.wrap(Files.readAllBytes(file)));
          if (read != null) {
            return read;
          }
        }
      } catch (IOException | RuntimeException e) {
        // a cache is only a shortcut: read everything again
      }
    }
    return new FactsCache(file, buildKey, 0, null, "", null, null, Map.of());
  }

  /**
   * The layout: magic, format version, schema digest, build key, time written, result key, its
   * context (options and upstream facts), the result and the plan; then the table of files (path, size, modification time, content hash,
   * the lengths of its scan and facts); then every file's scan and facts, in table order.
   */
  private static FactsCache read(Path file, String buildKey, ByteBuffer in) {
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
    for (int i = 0; i < n; i++) {
      paths[i] = string(in);
      states[i] = new long[] {in.getLong(), in.getLong()};
      hashes[i] = string(in);
      lengths[i] = new int[] {in.getInt(), in.getInt()};
    }
    Map<String, Entry> entries = new HashMap<>(Math.max(16, n * 2));
    for (int i = 0; i < n; i++) {
      ByteBuffer scan = blob(in, lengths[i][0]);
      ByteBuffer outcome = blob(in, lengths[i][1]);
      entries.put(paths[i], new Entry(states[i][0], states[i][1], hashes[i], scan, outcome));
    }
    return new FactsCache(file, buildKey, writtenAt, resultKey.isEmpty() ? null : resultKey, context,
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
      return then == null || then.scan() == null ? null : SCANS.decode(bytes(then.scan()));
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
        && now.outcome().equals(then.outcome());
  }

  /** The recorded identifiers of this content of {@code path} (hashed by {@link #contentHash}), or null. */
  Identifiers.Scan scan(Path path, String hash) {
    Entry e = hash == null ? null : current.get(key(path));
    if (e == null || e.scan() == null || !e.hash().equals(hash)) {
      return null;
    }
    try {
      return SCANS.decode(bytes(e.scan()));
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
      o = OUTCOMES.decode(bytes(e.outcome()));
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
        out.writeInt(v.scan() == null ? -1 : v.scan().remaining());
        out.writeInt(v.outcome() == null ? -1 : v.outcome().remaining());
      }
    }
    // The files' scans and facts are slices of the cache read at the start (or encoded by this
    // run): written as they are, in table order, with no copy into one array first.
    List<ByteBuffer> parts = new java.util.ArrayList<>(2 * sorted.size() + 1);
    parts.add(ByteBuffer.wrap(head.toByteArray()));
    for (Entry v : sorted.values()) {
      if (v.scan() != null) {
        parts.add(v.scan().duplicate());
      }
      if (v.outcome() != null) {
        parts.add(v.outcome().duplicate());
      }
    }
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
