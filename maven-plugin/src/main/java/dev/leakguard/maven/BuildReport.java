package dev.leakguard.maven;

import dev.leakguard.analyzer.AnalysisResult;
import dev.leakguard.analyzer.Diagnostic;
import dev.leakguard.analyzer.report.GithubActions;
import dev.leakguard.analyzer.report.AtomicFiles;
import dev.leakguard.analyzer.report.MarkdownSummary;
import dev.leakguard.analyzer.report.SarifReport;
import dev.leakguard.core.Finding;
import dev.leakguard.core.GrowthSite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One report for a whole build, from its modules' {@link ModuleReport}s: one SARIF with every
 * path relative to the repository root, and one markdown summary (also appended to the job
 * summary in GitHub Actions). A finding several modules report (a holder of a shared module grown
 * in two of them) is one result, with the growth sites of each.
 *
 * @param result every module's findings and diagnostics, merged
 * @param newFindings the findings no module's baseline accepts
 * @param modules the modules reported, in build order
 */
record BuildReport(AnalysisResult result, List<Finding> newFindings, List<String> modules) {
  /** The file names in the report directory. */
  static final String SARIF_NAME = LeakguardRequest.SARIF_NAME;

  static BuildReport of(List<ModuleReport> reports) {
    Map<String, Finding> byFingerprint = new LinkedHashMap<>();
    Set<String> fresh = new LinkedHashSet<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<String> modules = new ArrayList<>();
    int files = 0;
    for (ModuleReport r : reports) {
      modules.add(r.module());
      files += r.result().filesAnalysed();
      diagnostics.addAll(r.result().diagnostics());
      fresh.addAll(r.newFingerprints());
      for (Finding f : r.result().findings()) {
        byFingerprint.merge(f.fingerprint(), f, BuildReport::withSitesOf);
      }
    }
    List<Finding> findings = new ArrayList<>(byFingerprint.values());
    findings.sort(Finding.ORDER);
    diagnostics.sort(Diagnostic.ORDER);
    List<Finding> newFindings = findings.stream().filter(f -> fresh.contains(f.fingerprint())).toList();
    return new BuildReport(new AnalysisResult(findings, diagnostics, files), newFindings, modules);
  }

  /** The first module's finding, with the growth sites the other adds. */
  private static Finding withSitesOf(Finding first, Finding other) {
    List<GrowthSite> sites = new ArrayList<>(first.growthSites());
    other.growthSites().stream().filter(g -> !sites.contains(g)).forEach(sites::add);
    return new Finding(first.rule(), first.kind(), first.confidence(), first.holder(), first.location(), sites,
        first.message(), first.steps());
  }

  /**
   * Writes {@code leakguard.sarif} and {@code summary.md} to {@code reportDir}, paths relative to
   * {@code root}, and appends the summary to the job summary when {@code gh} has one.
   */
  void write(Path root, Path reportDir, GithubActions gh) throws IOException {
    SarifReport.write(result, root, reportDir.resolve(SARIF_NAME));
    int accepted = result.findings().size() - newFindings.size();
    String note = accepted == 0 ? null : accepted + (accepted == 1 ? " finding is" : " findings are") + " accepted by the baselines.";
    String markdown = MarkdownSummary.render(newFindings, root, gh.linkBase(root), note,
        modules.size() == 1 ? modules.get(0) : modules.size() + " modules");
    AtomicFiles.write(reportDir.resolve(GithubActions.SUMMARY_NAME), markdown);
    if (gh.stepSummary() != null) {
      GithubActions.appendStepSummary(gh.stepSummary(), markdown);
    }
  }
}
