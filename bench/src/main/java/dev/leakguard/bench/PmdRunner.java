package dev.leakguard.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.sourceforge.pmd.PMDConfiguration;
import net.sourceforge.pmd.PmdAnalysis;
import net.sourceforge.pmd.reporting.Report;

/** Runs one PMD ruleset over files, as maven-pmd-plugin would, and returns the violation count. */
final class PmdRunner {
  private PmdRunner() {}

  /** The JDK whose runtime PMD resolves types against (Temurin 25, matching the corpus), or null. */
  static Path jrtFs() {
    for (String jdk : new String[] {System.getenv("LEAKGUARD_PMD_JDK"), "/usr/lib/jvm/temurin-25-jdk-amd64", System.getProperty("java.home")}) {
      if (jdk != null && Files.isRegularFile(Path.of(jdk, "lib", "jrt-fs.jar"))) {
        return Path.of(jdk, "lib", "jrt-fs.jar");
      }
    }
    return null;
  }

  static int run(String ruleset, List<Path> files, int threads) {
    PMDConfiguration config = new PMDConfiguration();
    config.setIgnoreIncrementalAnalysis(true);
    config.setThreads(threads);
    Path jrt = jrtFs();
    if (jrt != null) {
      config.setAuxClasspath(jrt.toString());
    }
    try (PmdAnalysis pmd = PmdAnalysis.create(config)) {
      pmd.addRuleSet(pmd.newRuleSetLoader().loadFromResource(ruleset));
      for (Path f : files) {
        pmd.files().addFile(f.toAbsolutePath());
      }
      Report report = pmd.performAnalysisAndCollectReport();
      return report.getViolations().size();
    }
  }
}
