package dev.leakguard.junit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leakguard.analyzer.report.SarifReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A leakguard SARIF report with the given findings, as the Maven plugin writes it, and settings around it. */
final class Reports {
  static final String FIXTURES = "dev.leakguard.junit.fixtures.";
  private static final ObjectMapper JSON = new ObjectMapper();

  private Reports() {}

  /** Writes {@code leakguard.sarif} into {@code dir} with one result per {@code rule:holder} entry. */
  static void sarif(Path dir, String... findings) throws IOException {
    ObjectNode doc = JSON.createObjectNode();
    doc.put("version", "2.1.0");
    ArrayNode results = doc.putArray("runs").addObject().putArray("results");
    for (String finding : findings) {
      result(results, finding);
    }
    write(dir, doc);
  }

  /**
   * Writes {@code leakguard.sarif} with one result that says where its holder is reached: the
   * owner path (none when empty) and the project container's field (none when null).
   */
  static void sarif(Path dir, String finding, List<String> ownerPath, String containerField) throws IOException {
    ObjectNode doc = JSON.createObjectNode();
    doc.put("version", "2.1.0");
    ObjectNode props = result(doc.putArray("runs").addObject().putArray("results"), finding).putObject("properties");
    if (!ownerPath.isEmpty()) {
      ArrayNode path = props.putArray(SarifReport.OWNER_PATH_KEY);
      ownerPath.forEach(path::add);
    }
    if (containerField != null) {
      props.put(SarifReport.CONTAINER_FIELD_KEY, containerField);
    }
    write(dir, doc);
  }

  private static ObjectNode result(ArrayNode results, String finding) {
    int colon = finding.indexOf(':');
    String rule = finding.substring(0, colon);
    String holder = finding.substring(colon + 1);
    ObjectNode r = results.addObject();
    r.put("ruleId", rule);
    ObjectNode loc = r.putArray("locations").addObject();
    loc.putObject("physicalLocation").putObject("artifactLocation").put("uri", "src/main/java/X.java");
    loc.putArray("logicalLocations").addObject().put("fullyQualifiedName", holder).put("kind", "member");
    r.putObject("partialFingerprints").put(SarifReport.FINGERPRINT_KEY, finding);
    return r;
  }

  private static void write(Path dir, ObjectNode doc) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(LeakSettings.SARIF_NAME), JSON.writeValueAsString(doc));
  }

  static LeakSettings settings(Path dir, int iterations, int threads, List<String> watch) {
    return new LeakSettings(iterations, 5, iterations / 10, threads, LeakSettings.DEFAULT_MIN_RATE, watch, dir,
        List.of(dir.resolve("no-sources")), dir.resolve("leakguard-baseline.json"));
  }

  static LeakSettings settings(Path dir, int iterations) {
    return settings(dir, iterations, 1, List.of());
  }
}
