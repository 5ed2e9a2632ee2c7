package dev.leakguard.pmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakguard.conformance.ConformanceCases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sourceforge.pmd.PMDConfiguration;
import net.sourceforge.pmd.PmdAnalysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's PMD command-line sample ({@code <!-- sample:begin pmd-text -->}) is what PMD's text
 * format prints for the case study, run as the README runs it: from {@code examples/case-study},
 * on {@code src/main/java}, with leakguard's ruleset and no auxclasspath.
 */
class ReadmeSampleTest {
  private static final Pattern SAMPLE = Pattern.compile("(?s)<!-- sample:begin pmd-text -->\\s*```\\n(.*?)```\\s*<!-- sample:end -->");

  @TempDir Path dir;

  @Test
  void pmdTextSample_isWhatPmdPrints() throws IOException {
    Path root = ConformanceCases.repositoryRoot();
    Matcher m = SAMPLE.matcher(Files.readString(root.resolve("rules-pmd/README.md"), StandardCharsets.UTF_8));
    assertTrue(m.find(), "rules-pmd/README.md has no <!-- sample:begin pmd-text --> block");
    Path project = root.resolve("examples/case-study");
    Path report = dir.resolve("report.txt");
    PMDConfiguration config = new PMDConfiguration();
    config.setIgnoreIncrementalAnalysis(true);
    config.setThreads(0);
    config.setAuxClasspath(Path.of(System.getProperty("java.home"), "lib", "jrt-fs.jar").toString());
    config.addRuleSet(LeakguardRuleset.PATH);
    config.addInputPath(project.resolve("src/main/java"));
    config.addRelativizeRoot(project);
    config.setReportFormat("text");
    config.setReportFile(report);
    try (PmdAnalysis pmd = PmdAnalysis.create(config)) {
      pmd.performAnalysis();
    }
    assertEquals(m.group(1), Files.readString(report, StandardCharsets.UTF_8).replace('\\', '/'),
        "rules-pmd/README.md's PMD text sample differs from PMD's output: copy the output into the block");
  }
}
