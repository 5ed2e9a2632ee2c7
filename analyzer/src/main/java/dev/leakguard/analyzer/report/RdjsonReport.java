package dev.leakguard.analyzer.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leakguard.core.Finding;
import dev.leakguard.core.GrowthSite;
import dev.leakguard.core.RelativePaths;
import dev.leakguard.core.model.Location;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * reviewdog's diagnostic format, rdjson ({@code reviewdog -f=rdjson}): one diagnostic per finding
 * at the field, the rule id as its code with the rule page, the growth sites as related locations.
 * reviewdog's own diff filter ({@code -filter-mode=added}) then keeps the ones on changed lines.
 */
public final class RdjsonReport {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private RdjsonReport() {}

  public static String render(List<Finding> findings, Path root) {
    ObjectNode doc = JSON.createObjectNode();
    ObjectNode source = doc.putObject("source");
    source.put("name", "leakguard");
    source.put("url", SarifReport.INFORMATION_URI);
    doc.put("severity", "WARNING");
    ArrayNode diagnostics = doc.putArray("diagnostics");
    for (Finding f : findings) {
      ObjectNode d = diagnostics.addObject();
      d.put("message", f.message());
      location(d.putObject("location"), f.location(), root);
      d.put("severity", "WARNING");
      d.putObject("code").put("value", f.rule().id()).put("url", f.rule().docsUrl());
      if (!f.growthSites().isEmpty()) {
        ArrayNode related = d.putArray("related_locations");
        for (GrowthSite g : f.growthSites()) {
          ObjectNode r = related.addObject();
          r.put("message", "grows here: '" + g.call() + "' in '" + g.member() + "'");
          location(r.putObject("location"), g.location(), root);
        }
      }
    }
    try {
      return JSON.writeValueAsString(doc) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException("cannot render rdjson", e);
    }
  }

  private static void location(ObjectNode loc, Location l, Path root) {
    loc.put("path", RelativePaths.relative(root, l.file()));
    ObjectNode start = loc.putObject("range").putObject("start");
    start.put("line", l.line());
    if (l.column() > 0) {
      start.put("column", l.column());
    }
  }
}
