package dev.leakguard.analyzer;

import dev.leakguard.core.Finding;
import java.util.List;

/** Findings sorted by file and line, the diagnostics of files that could not be read, the file count. */
public record AnalysisResult(List<Finding> findings, List<Diagnostic> diagnostics, int filesAnalysed)
    implements java.io.Serializable {
  public AnalysisResult {
    findings = List.copyOf(findings);
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.level() == Diagnostic.Level.ERROR);
  }
}
