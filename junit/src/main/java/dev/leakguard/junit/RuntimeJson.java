package dev.leakguard.junit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leakguard.analyzer.Version;
import dev.leakguard.analyzer.report.AtomicFiles;
import dev.leakguard.analyzer.report.RuntimeEvidence;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes {@code runtime.json} (the format {@link RuntimeEvidence} reads), atomically. Several
 * tests of a module each add their holders: a run replaces the entries of the holders it measured
 * and its own run entry, and keeps the rest; holders and runs are sorted by name. Writers in one
 * JVM take turns, and across JVMs (parallel forks) they hold a lock file while they merge.
 */
final class RuntimeJson {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final Object LOCK = new Object();

  private RuntimeJson() {}

  static void write(Path directory, RunReport report) throws IOException {
    Files.createDirectories(directory);
    Path file = directory.resolve(RuntimeEvidence.FILE_NAME);
    synchronized (LOCK) {
      try (FileChannel ch = FileChannel.open(directory.resolve(RuntimeEvidence.FILE_NAME + ".lock"), StandardOpenOption.CREATE,
          StandardOpenOption.WRITE); FileLock ignored = ch.lock()) {
        AtomicFiles.write(file, merge(existing(file), report));
      }
    }
  }

  private static JsonNode existing(Path file) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      JsonNode n = JSON.readTree(file.toFile());
      return n != null && n.path("version").asInt(-1) == RuntimeEvidence.FORMAT_VERSION ? n : null;
    } catch (IOException e) {
      return null; // an unreadable file from an older run is replaced, not merged
    }
  }

  static String merge(JsonNode old, RunReport report) throws IOException {
    Map<String, JsonNode> holders = new TreeMap<>();
    Map<String, JsonNode> runs = new TreeMap<>();
    if (old != null) {
      old.path("holders").forEach(h -> holders.put(h.path("holder").asText(), h));
      old.path("runs").forEach(r -> runs.put(r.path("test").asText(), r));
    }
    for (HolderResult r : report.results()) {
      holders.put(r.holder().id(), holder(r, report));
    }
    runs.put(report.test(), run(report));
    ObjectNode doc = JSON.createObjectNode();
    doc.put("version", RuntimeEvidence.FORMAT_VERSION);
    doc.put("tool", "leakguard-junit " + Version.get());
    ArrayNode hs = doc.putArray("holders");
    holders.values().forEach(hs::add);
    ArrayNode rs = doc.putArray("runs");
    runs.values().forEach(rs::add);
    return JSON.writeValueAsString(doc) + "\n";
  }

  private static ObjectNode holder(HolderResult r, RunReport report) {
    ObjectNode h = JSON.createObjectNode();
    h.put("holder", r.holder().id());
    if (r.holder().reported()) {
      h.put("fingerprint", r.holder().fingerprint());
      h.put("rule", r.holder().rule());
    }
    h.put("verdict", r.verdict().label());
    h.put("entriesPerIteration", Math.round(r.entriesPerIteration() * 10_000) / 10_000.0);
    h.put("test", report.test());
    ArrayNode at = h.putArray("checkpoints");
    for (long i : report.checkpointIterations()) {
      at.add(i);
    }
    ArrayNode sizes = h.putArray("sizes");
    r.sizes().forEach(s -> {
      if (s == null) {
        sizes.addNull();
      } else {
        sizes.add(s);
      }
    });
    h.put("note", r.note());
    h.put("baselined", r.baselined());
    return h;
  }

  private static ObjectNode run(RunReport report) {
    ObjectNode r = JSON.createObjectNode();
    r.put("test", report.test());
    r.put("iterations", report.settings().iterations());
    r.put("warmup", report.settings().warmup());
    r.put("checkpoints", report.settings().checkpoints());
    r.put("threads", report.settings().threads());
    r.put("minRate", report.settings().minRate());
    r.put("holdersFrom", report.source());
    r.put("heapAfterWarmupBytes", report.heapAfterWarmup());
    r.put("heapAtEndBytes", report.heapAtEnd());
    r.put("samples", report.samples());
    r.put("microsPerSample", Math.round(report.microsPerSample() * 10) / 10.0);
    r.put("medianMicrosPerSample", Math.round(report.medianSampleNanos() / 100.0) / 10.0);
    r.put("overheadPercent", report.workloadNanos() == 0 ? 0 : Math.round(10_000.0 * report.samplingNanos() / report.workloadNanos()) / 100.0);
    r.put("classInitializationCheck", report.initialization());
    return r;
  }
}
