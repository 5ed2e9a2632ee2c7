package dev.leakguard.analyzer.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leakguard.core.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What leakguard-junit measured under load ({@code runtime.json} beside the reports), matched to
 * findings by fingerprint, else by the holder's qualified name: the text report gets a suffix
 * ({@code (confirmed at run time: 1.000 entries/iteration in LoadTest#requests)} or
 * {@code (not confirmed under this load: ...)}), each SARIF result a {@code runtime} property.
 * Findings the run did not measure are left as they are.
 */
public final class RuntimeEvidence {
  /** The file leakguard-junit writes into the report directory. */
  public static final String FILE_NAME = "runtime.json";
  public static final int FORMAT_VERSION = 1;
  public static final RuntimeEvidence NONE = new RuntimeEvidence(Map.of(), Map.of(), null);
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One holder's verdict.
   *
   * @param verdict {@code confirmed}, {@code flat} or {@code skipped}
   * @param entriesPerIteration the measured growth rate
   * @param test the test that measured it
   * @param note why it was skipped, or what the sizes say
   */
  public record Entry(String verdict, double entriesPerIteration, String test, String note) {
    public boolean confirmed() {
      return "confirmed".equals(verdict);
    }

    /** The text report's suffix, without the leading space. */
    public String mark() {
      if (confirmed()) {
        return String.format(Locale.ROOT, "(confirmed at run time: %.3f entries/iteration in %s)", entriesPerIteration, test);
      }
      if ("flat".equals(verdict)) {
        return "(not confirmed under this load: flat in " + test + ")";
      }
      return "(not measured at run time: " + note + ")";
    }
  }

  private final Map<String, Entry> byFingerprint;
  private final Map<String, Entry> byHolder;
  private final String problem;

  private RuntimeEvidence(Map<String, Entry> byFingerprint, Map<String, Entry> byHolder, String problem) {
    this.byFingerprint = Map.copyOf(byFingerprint);
    this.byHolder = Map.copyOf(byHolder);
    this.problem = problem;
  }

  /**
   * {@code runtime.json} in {@code reportDirectory}; {@link #NONE} when there is none. The file is
   * information, not a gate: one that cannot be read marks nothing and says why in
   * {@link #problem()}, for the caller to warn.
   */
  public static RuntimeEvidence in(Path reportDirectory) {
    Path file = reportDirectory.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return NONE;
    }
    try {
      return read(file);
    } catch (IOException e) {
      return new RuntimeEvidence(Map.of(), Map.of(), e.getMessage() + " (written by leakguard-junit; run the tests again or delete it)");
    }
  }

  /** Why the file was not used, or null. */
  public String problem() {
    return problem;
  }

  /** Reads a {@code runtime.json}; a malformed one is an error naming the file, never taken as empty. */
  public static RuntimeEvidence read(Path file) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IOException(file + " is not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new IOException("cannot read " + file + ": " + dev.leakguard.analyzer.IoErrors.describe(e), e);
    }
    if (root == null || !root.isObject() || root.path("version").asInt(-1) != FORMAT_VERSION || !root.path("holders").isArray()) {
      throw new IOException(file + " is not a leakguard runtime.json of format version " + FORMAT_VERSION);
    }
    Map<String, Entry> byFingerprint = new HashMap<>();
    Map<String, Entry> byHolder = new HashMap<>();
    for (JsonNode h : root.get("holders")) {
      String holder = h.path("holder").asText("");
      String verdict = h.path("verdict").asText("");
      if (holder.isEmpty() || verdict.isEmpty()) {
        throw new IOException(file + ": a holder entry lacks 'holder' or 'verdict'");
      }
      Entry e = new Entry(verdict, h.path("entriesPerIteration").asDouble(0), h.path("test").asText("?"), h.path("note").asText(""));
      String fp = h.path("fingerprint").asText("");
      if (!fp.isEmpty()) {
        byFingerprint.put(fp, e);
      }
      byHolder.put(holder, e);
    }
    return new RuntimeEvidence(byFingerprint, byHolder, null);
  }

  /** The measurement of {@code f}'s holder, or null. */
  public Entry of(Finding f) {
    Entry e = byFingerprint.get(f.fingerprint());
    return e != null ? e : byHolder.get(f.holder());
  }

  /** {@code " (confirmed at run time: ...)"}, or "" when the finding was not measured. */
  public String suffix(Finding f) {
    Entry e = of(f);
    return e == null ? "" : " " + e.mark();
  }

  /** Adds a {@code runtime} object to a SARIF result's properties when the finding was measured. */
  public void addTo(ObjectNode properties, Finding f) {
    Entry e = of(f);
    if (e == null) {
      return;
    }
    ObjectNode r = properties.putObject("runtime");
    r.put("verdict", e.verdict());
    r.put("entriesPerIteration", e.entriesPerIteration());
    r.put("test", e.test());
    r.put("text", e.mark().substring(1, e.mark().length() - 1));
  }

  public boolean isEmpty() {
    return byHolder.isEmpty();
  }
}
