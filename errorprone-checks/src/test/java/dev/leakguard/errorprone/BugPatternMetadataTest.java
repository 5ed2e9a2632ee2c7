package dev.leakguard.errorprone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.errorprone.BugPattern;
import com.google.errorprone.bugpatterns.BugChecker;
import dev.leakguard.core.RuleId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every rule id has a check named after it whose metadata is core's, registered and documented. */
class BugPatternMetadataTest {

  @Test
  void everyRuleHasACheckWithCoresMetadata() throws Exception {
    List<String> problems = new ArrayList<>();
    String services = services();
    for (RuleId rule : RuleId.values()) {
      Class<?> check;
      try {
        check = Class.forName("dev.leakguard.errorprone." + rule.id());
      } catch (ClassNotFoundException e) {
        problems.add(rule + ": no check class");
        continue;
      }
      BugPattern pattern = check.getAnnotation(BugPattern.class);
      if (!BugChecker.class.isAssignableFrom(check) || pattern == null) {
        problems.add(rule + ": not a @BugPattern BugChecker");
        continue;
      }
      if (!pattern.summary().equals(rule.summary())) {
        problems.add(rule + ": summary '" + pattern.summary() + "' is not core's '" + rule.summary() + "'");
      }
      if (pattern.linkType() != BugPattern.LinkType.CUSTOM || !pattern.link().equals(rule.docsUrl())) {
        problems.add(rule + ": link is not " + rule.docsUrl());
      }
      if (pattern.severity() != BugPattern.SeverityLevel.WARNING) {
        problems.add(rule + ": severity is not WARNING");
      }
      if (!services.contains(check.getName())) {
        problems.add(rule + ": not registered in META-INF/services");
      }
      Path doc = repoRoot().resolve("docs/rules/" + rule.id() + ".md");
      if (!Files.isRegularFile(doc)) {
        problems.add(rule + ": no " + doc);
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void flagsFillCoreOptions() {
    var options = LeakguardFlags.options(com.google.errorprone.ErrorProneFlags.fromMap(java.util.Map.of(
        "Leakguard:RequireGrowthEvidence", "false",
        "Leakguard:WeakCollectionsEvict", "false",
        "Leakguard:SingletonAnnotations", "a.B, C",
        "Leakguard:BoundedTypes", "x.Ring")));
    assertEquals(new dev.leakguard.core.Options(false, false, java.util.Set.of("a.B", "C"), java.util.Set.of("x.Ring")), options);
    assertEquals(dev.leakguard.core.Options.DEFAULT,
        LeakguardFlags.options(com.google.errorprone.ErrorProneFlags.empty()));
  }

  private static String services() throws IOException {
    try (InputStream in = BugPatternMetadataTest.class.getResourceAsStream(
        "/META-INF/services/com.google.errorprone.bugpatterns.BugChecker")) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static Path repoRoot() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.isDirectory(d.resolve("conformance")) && Files.isRegularFile(d.resolve("pom.xml"))) {
        return d;
      }
    }
    return dir;
  }
}
