package dev.leakguard.junit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leakguard.analyzer.AnalysisResult;
import dev.leakguard.analyzer.Analyzer;
import dev.leakguard.analyzer.AnalyzerConfig;
import dev.leakguard.analyzer.report.SarifReport;
import dev.leakguard.core.Finding;
import dev.leakguard.core.model.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The holders leakguard reports for the module under test: read from the SARIF report the Maven
 * plugin wrote when it is there, else found by running the analyzer on the main sources.
 */
final class ReportedHolders {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ReportedHolders() {}

  /** Where the holders came from, and the holders, reported ones first, then the watched fields. */
  record Found(String source, List<WatchedHolder> holders) {}

  static Found find(LeakSettings settings) {
    Path sarif = settings.reportDirectory().resolve(LeakSettings.SARIF_NAME);
    List<WatchedHolder> reported;
    String source;
    if (Files.isRegularFile(sarif)) {
      reported = fromSarif(sarif);
      source = sarif.toString();
    } else {
      List<Path> roots = settings.sourceRoots().stream().filter(Files::isDirectory).toList();
      reported = roots.isEmpty() ? List.of() : fromAnalyzer(roots);
      source = roots.isEmpty() ? "no report and no sources at " + settings.sourceRoots()
          : "the analyzer on " + roots.stream().map(Path::toString).toList();
    }
    Map<String, WatchedHolder> byId = new LinkedHashMap<>();
    reported.forEach(h -> byId.putIfAbsent(h.id(), h));
    for (String name : settings.watch()) {
      WatchedHolder w = WatchedHolder.named(name);
      byId.putIfAbsent(w.id(), w);
    }
    return new Found(source, List.copyOf(byId.values()));
  }

  /**
   * The results of a leakguard SARIF report (its {@code holderClass}/{@code holderField} properties,
   * else the logical location; {@code ownerPath} and {@code containerField} where present).
   */
  static List<WatchedHolder> fromSarif(Path file) {
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new IllegalStateException("leakguard: cannot read the report " + file + ": " + e.getMessage(), e);
    }
    List<WatchedHolder> out = new ArrayList<>();
    for (JsonNode run : root.path("runs")) {
      for (JsonNode r : run.path("results")) {
        String rule = r.path("ruleId").asText(null);
        String fingerprint = r.path("partialFingerprints").path(SarifReport.FINGERPRINT_KEY).asText(null);
        JsonNode props = r.path("properties");
        JsonNode loc = r.path("locations").path(0);
        String cls = props.path(SarifReport.HOLDER_CLASS_KEY).asText(null);
        String field = props.path(SarifReport.HOLDER_FIELD_KEY).asText(null);
        if (cls == null || field == null) {
          String qualified = loc.path("logicalLocations").path(0).path("fullyQualifiedName").asText("");
          int dot = qualified.lastIndexOf('.');
          if (dot <= 0) {
            throw new IllegalStateException("leakguard: a result of " + file + " names no holder (rule " + rule + ")");
          }
          cls = qualified.substring(0, dot);
          field = qualified.substring(dot + 1);
        }
        JsonNode phys = loc.path("physicalLocation");
        String uri = phys.path("artifactLocation").path("uri").asText("");
        int line = phys.path("region").path("startLine").asInt(0);
        List<String> ownerPath = new ArrayList<>();
        props.path(SarifReport.OWNER_PATH_KEY).forEach(step -> ownerPath.add(step.asText()));
        String containerField = props.path(SarifReport.CONTAINER_FIELD_KEY).asText(null);
        out.add(new WatchedHolder(rule, fingerprint, cls, field, line > 0 ? uri + ":" + line : uri, ownerPath, containerField));
      }
    }
    return out;
  }

  static List<WatchedHolder> fromAnalyzer(List<Path> roots) {
    AnalysisResult result = new Analyzer(AnalyzerConfig.defaults()).analyze(roots);
    List<WatchedHolder> out = new ArrayList<>();
    for (Finding f : result.findings()) {
      int dot = f.holder().lastIndexOf('.');
      Location l = f.location();
      out.add(new WatchedHolder(f.rule().id(), f.fingerprint(), f.holder().substring(0, dot), f.holder().substring(dot + 1),
          l.fileName() + ":" + l.line(), f.ownerPath(), f.containerField()));
    }
    return out;
  }
}
