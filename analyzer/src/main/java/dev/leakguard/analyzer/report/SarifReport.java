package dev.leakguard.analyzer.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leakguard.analyzer.AnalysisResult;
import dev.leakguard.analyzer.Diagnostic;
import dev.leakguard.analyzer.Version;
import dev.leakguard.core.Finding;
import dev.leakguard.core.GrowthSite;
import dev.leakguard.core.RelativePaths;
import dev.leakguard.core.RuleId;
import java.io.IOException;
import java.nio.file.Path;

/**
 * SARIF 2.1.0 as GitHub code scanning takes it: one result per finding at the field, growth sites
 * as related locations, a line-independent fingerprint under {@code partialFingerprints}
 * ({@code primaryLocationLineHash} is left to the upload action), file paths relative to
 * {@code SRCROOT} (the repository root; a file outside it, such as a holder declared in another
 * module, as an absolute {@code file:} URI), no security-severity. The holder's class and field are
 * result properties ({@value #HOLDER_CLASS_KEY}, {@value #HOLDER_FIELD_KEY}), so tools need not
 * split the qualified name; a field of an owned object also has {@value #OWNER_PATH_KEY} (where the
 * owner lives, then the fields down to the object: {@code ["pkg.Registry.INSTANCE", "keyLocks"]}),
 * a holder of one of the project's own containers {@value #CONTAINER_FIELD_KEY} (the container's
 * field that grows); neither is part of the fingerprint. Measurements from leakguard-junit ({@link RuntimeEvidence}) become a
 * {@code runtime} property.
 */
public final class SarifReport {
  public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  public static final String FINGERPRINT_KEY = "leakguardFingerprint/v1";
  public static final String HOLDER_CLASS_KEY = "holderClass";
  public static final String HOLDER_FIELD_KEY = "holderField";
  public static final String OWNER_PATH_KEY = "ownerPath";
  public static final String CONTAINER_FIELD_KEY = "containerField";
  public static final String INFORMATION_URI = "https://github.com/leakguard/leakguard";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SarifReport() {}

  /** The SARIF document; {@code root} is the directory that result paths are relative to. */
  public static String render(AnalysisResult result, Path root) {
    return render(result, root, RuntimeEvidence.NONE);
  }

  /** The SARIF document, each measured finding marked with what the run under load found. */
  public static String render(AnalysisResult result, Path root, RuntimeEvidence runtime) {
    ObjectNode doc = JSON.createObjectNode();
    doc.put("$schema", SCHEMA);
    doc.put("version", "2.1.0");
    ObjectNode run = doc.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "leakguard");
    driver.put("version", Version.get());
    driver.put("informationUri", INFORMATION_URI);
    ArrayNode rules = driver.putArray("rules");
    for (RuleId r : RuleId.values()) {
      ObjectNode rule = rules.addObject();
      rule.put("id", r.id());
      rule.put("name", r.id());
      rule.putObject("shortDescription").put("text", r.summary());
      rule.putObject("fullDescription").put("text", r.description());
      rule.putObject("help")
          .put("text", r.description() + " " + remedy())
          .put("markdown", "**" + r.summary() + "**\n\n" + r.description() + "\n\n" + remedy() + "\n\n[Rule documentation](" + r.docsUrl() + ")");
      rule.put("helpUri", r.docsUrl());
      rule.putObject("defaultConfiguration").put("level", "warning");
      rule.putObject("properties").putArray("tags").add("memory-leak").add("reliability");
    }
    if (root != null) {
      String uri = root.toAbsolutePath().normalize().toUri().toString();
      run.putObject("originalUriBaseIds").putObject("SRCROOT").put("uri", uri.endsWith("/") ? uri : uri + "/");
    }
    ArrayNode results = run.putArray("results");
    for (Finding f : result.findings()) {
      ObjectNode r = results.addObject();
      r.put("ruleId", f.rule().id());
      r.put("ruleIndex", f.rule().ordinal());
      r.put("level", "warning");
      r.putObject("message").put("text", f.message());
      ObjectNode loc = r.putArray("locations").addObject();
      physical(loc, root, f.location().file(), f.location().line(), f.location().column());
      loc.putArray("logicalLocations").addObject().put("fullyQualifiedName", f.holder()).put("kind", "member");
      if (!f.growthSites().isEmpty()) {
        ArrayNode related = r.putArray("relatedLocations");
        int id = 1;
        for (GrowthSite g : f.growthSites()) {
          ObjectNode rel = related.addObject();
          rel.put("id", id++);
          physical(rel, root, g.location().file(), g.location().line(), g.location().column());
          rel.putObject("message").put("text", "grows here: '" + g.call() + "' in '" + g.member() + "'");
        }
      }
      r.putObject("partialFingerprints").put(FINGERPRINT_KEY, f.fingerprint());
      ObjectNode props = r.putObject("properties");
      props.put("confidence", f.confidence().label());
      props.put("kind", f.kind().name());
      int dot = f.holder().lastIndexOf('.');
      props.put(HOLDER_CLASS_KEY, f.holder().substring(0, Math.max(dot, 0)));
      props.put(HOLDER_FIELD_KEY, f.holder().substring(dot + 1));
      if (!f.ownerPath().isEmpty()) {
        ArrayNode path = props.putArray(OWNER_PATH_KEY);
        f.ownerPath().forEach(path::add);
      }
      if (f.containerField() != null) {
        props.put(CONTAINER_FIELD_KEY, f.containerField());
      }
      runtime.addTo(props, f);
      ArrayNode steps = props.putArray("explanation");
      f.steps().forEach(steps::add);
    }
    ObjectNode invocation = run.putArray("invocations").addObject();
    invocation.put("executionSuccessful", true);
    if (!result.diagnostics().isEmpty()) {
      ArrayNode notes = invocation.putArray("toolExecutionNotifications");
      for (Diagnostic d : result.diagnostics()) {
        ObjectNode n = notes.addObject();
        n.put("level", d.level() == Diagnostic.Level.ERROR ? "error" : "warning");
        n.putObject("message").put("text", d.message());
        ObjectNode loc = n.putArray("locations").addObject();
        physical(loc, root, d.file(), d.line(), 0);
      }
    }
    try {
      return JSON.writeValueAsString(doc) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException("cannot render SARIF", e);
    }
  }

  public static void write(AnalysisResult result, Path root, Path output) throws IOException {
    write(result, root, output, RuntimeEvidence.NONE);
  }

  public static void write(AnalysisResult result, Path root, Path output, RuntimeEvidence runtime) throws IOException {
    AtomicFiles.write(output, render(result, root, runtime));
  }

  private static void physical(ObjectNode parent, Path root, String file, int line, int column) {
    ObjectNode phys = parent.putObject("physicalLocation");
    ObjectNode artifact = phys.putObject("artifactLocation");
    String under = root == null ? null : RelativePaths.under(root, Path.of(file));
    if (root != null && under == null) {
      // Outside the root (a holder declared in another module): an absolute file URI, no base.
      artifact.put("uri", Path.of(file).toAbsolutePath().normalize().toUri().toString());
    } else {
      artifact.put("uri", root == null ? RelativePaths.relative(null, file) : under);
      if (root != null) {
        artifact.put("uriBaseId", "SRCROOT");
      }
    }
    if (line > 0) {
      ObjectNode region = phys.putObject("region");
      region.put("startLine", line);
      if (column > 0) {
        region.put("startColumn", column);
      }
    }
  }

  private static String remedy() {
    return "Bound it (a capacity, a Caffeine cache with maximumSize/expireAfterWrite, an LRU), evict from it,"
        + " or document the bound with @Bounded(\"why\") / @Evicted(\"how\") or a 'Bound:' / 'Eviction:' comment.";
  }
}
