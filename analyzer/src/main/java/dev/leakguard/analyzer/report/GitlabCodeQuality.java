package dev.leakguard.analyzer.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leakguard.core.Confidence;
import dev.leakguard.core.Finding;
import dev.leakguard.core.RelativePaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * GitLab Code Quality JSON (the {@code artifacts:reports:codequality} report): an array with one
 * issue per finding. The fingerprint is a hash of leakguard's line-independent fingerprint, so
 * GitLab's merge-request widget tracks a finding across edits that move it. Severity: {@code major}
 * for high confidence, {@code minor} otherwise.
 */
public final class GitlabCodeQuality {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private GitlabCodeQuality() {}

  public static String render(List<Finding> findings, Path root) {
    ArrayNode issues = JSON.createArrayNode();
    for (Finding f : findings) {
      ObjectNode i = issues.addObject();
      i.put("type", "issue");
      i.put("description", f.message());
      i.put("check_name", f.rule().id());
      i.put("fingerprint", sha256(f.fingerprint()));
      i.put("severity", f.confidence() == Confidence.HIGH ? "major" : "minor");
      i.putArray("categories").add("Bug Risk").add("Performance");
      ObjectNode loc = i.putObject("location");
      loc.put("path", RelativePaths.relative(root, f.location().file()));
      loc.putObject("lines").put("begin", f.location().line());
    }
    try {
      return JSON.writeValueAsString(issues) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException("cannot render GitLab Code Quality JSON", e);
    }
  }

  static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("no SHA-256", e);
    }
  }
}
