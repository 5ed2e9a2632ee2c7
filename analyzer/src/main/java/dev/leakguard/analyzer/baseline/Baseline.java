package dev.leakguard.analyzer.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leakguard.analyzer.Version;
import dev.leakguard.analyzer.report.AtomicFiles;
import dev.leakguard.core.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Accepted findings, by fingerprint (rule id + holder's qualified name, no line numbers), so a
 * team can adopt the gate today and fail only on new findings. The file is JSON, sorted, written
 * atomically:
 *
 * <pre>{"version":1,"tool":"leakguard 0.1.0","fingerprints":["UnboundedStaticCollection:com.acme.Registry.SERVICES"]}</pre>
 */
public final class Baseline {
  public static final int FORMAT_VERSION = 1;
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Set<String> fingerprints;

  private Baseline(Set<String> fingerprints) {
    this.fingerprints = Collections.unmodifiableSet(new TreeSet<>(fingerprints));
  }

  public static Baseline of(Collection<Finding> findings) {
    Set<String> fps = new TreeSet<>();
    findings.forEach(f -> fps.add(f.fingerprint()));
    return new Baseline(fps);
  }

  public static Baseline empty() {
    return new Baseline(Set.of());
  }

  /** Reads a baseline; a missing, unreadable or malformed file is an error, never an empty baseline. */
  public static Baseline read(Path file) throws BaselineException {
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new BaselineException("baseline file " + file + " does not exist (create it with the baseline goal or --write-baseline)", e);
    } catch (IOException e) {
      throw new BaselineException("cannot read baseline file " + file + ": " + e.getMessage(), e);
    }
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new BaselineException("baseline file " + file + " is not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new BaselineException("baseline file " + file + " is not a leakguard baseline: expected a JSON object with 'fingerprints'");
    }
    JsonNode version = root.get("version");
    if (version == null || !version.isInt() || version.intValue() != FORMAT_VERSION) {
      throw new BaselineException("baseline file " + file + " has format version " + version + "; this leakguard reads version " + FORMAT_VERSION);
    }
    JsonNode list = root.get("fingerprints");
    if (list == null || !list.isArray()) {
      throw new BaselineException("baseline file " + file + " has no 'fingerprints' array");
    }
    Set<String> fps = new TreeSet<>();
    for (JsonNode n : list) {
      if (!n.isTextual() || !n.textValue().contains(":")) {
        throw new BaselineException("baseline file " + file + " has a malformed fingerprint: " + n);
      }
      fps.add(n.textValue());
    }
    return new Baseline(fps);
  }

  public void write(Path file) throws BaselineException {
    ObjectNode root = JSON.createObjectNode();
    root.put("version", FORMAT_VERSION);
    root.put("tool", "leakguard " + Version.get());
    ArrayNode list = root.putArray("fingerprints");
    fingerprints.forEach(list::add);
    try {
      AtomicFiles.write(file, JSON.writeValueAsString(root) + "\n");
    } catch (IOException e) {
      throw new BaselineException("cannot write baseline file " + file + ": " + e.getMessage(), e);
    }
  }

  public Set<String> fingerprints() {
    return fingerprints;
  }

  public boolean contains(Finding f) {
    return fingerprints.contains(f.fingerprint());
  }

  /** Findings not in the baseline: the ones that fail the gate. */
  public List<Finding> newFindings(Collection<Finding> findings) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      if (!contains(f)) {
        out.add(f);
      }
    }
    return out;
  }

  /** Baseline entries that match no finding any more: fixed, so the baseline can shrink. */
  public Set<String> stale(Collection<Finding> findings) {
    Set<String> current = new TreeSet<>();
    findings.forEach(f -> current.add(f.fingerprint()));
    Set<String> stale = new TreeSet<>(fingerprints);
    stale.removeAll(current);
    return stale;
  }
}
