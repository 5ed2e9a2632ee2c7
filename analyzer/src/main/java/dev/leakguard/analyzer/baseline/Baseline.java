package dev.leakguard.analyzer.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * team can adopt the gate today and fail only on new findings. The file is JSON, one fingerprint
 * per line, sorted, written atomically (any JSON layout of the same fields is read, e.g. the
 * one-line files of earlier versions):
 *
 * <pre>
 * {
 *   "version": 1,
 *   "tool": "leakguard 0.1.0",
 *   "fingerprints": [
 *     "UnboundedSingletonCollection:com.acme.Cache.entries",
 *     "UnboundedStaticCollection:com.acme.Registry.SERVICES"
 *   ]
 * }
 * </pre>
 */
public final class Baseline {
  public static final int FORMAT_VERSION = 1;
  private static final ObjectMapper JSON = new ObjectMapper();

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
      throw new BaselineException("cannot read baseline file " + file + ": " + dev.leakguard.analyzer.IoErrors.describe(e), e);
    }
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      var at = e.getLocation();
      throw new BaselineException("baseline file " + file + " is not valid JSON: " + e.getOriginalMessage()
          + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"), e);
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

  /**
   * Writes the baseline, one fingerprint per line and sorted, so that two branches that each add
   * a finding change different lines and merge without a conflict (unless their fingerprints are
   * neighbours).
   */
  public void write(Path file) throws BaselineException {
    try {
      AtomicFiles.write(file, render());
    } catch (IOException e) {
      throw new BaselineException("cannot write baseline file " + file + ": " + dev.leakguard.analyzer.IoErrors.describe(e), e);
    }
  }

  /** The file's text: {@code version}, {@code tool}, then the fingerprints one per line. */
  String render() throws IOException {
    StringBuilder b = new StringBuilder("{\n");
    b.append("  \"version\": ").append(FORMAT_VERSION).append(",\n");
    b.append("  \"tool\": ").append(JSON.writeValueAsString("leakguard " + Version.get())).append(",\n");
    b.append("  \"fingerprints\": [");
    String separator = "\n";
    for (String fp : fingerprints) {
      b.append(separator).append("    ").append(JSON.writeValueAsString(fp));
      separator = ",\n";
    }
    b.append(fingerprints.isEmpty() ? "]\n" : "\n  ]\n");
    return b.append("}\n").toString();
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
