package dev.leakguard.analyzer.cli;

/**
 * The command line's exit statuses. Like PMD 7's, a run that analysed only part of the code has
 * its own status (PMD uses 5; leakguard keeps its 0, 1, 2 and adds 3), so that a CI step which
 * accepts findings ({@code || [ $? -eq 1 ]}) still fails when files were left out;
 * {@code --no-fail-on-error} turns that off.
 */
final class ExitStatus {
  private ExitStatus() {}

  /** Everything was analysed and nothing was found (in review mode: nothing on added lines). */
  static final int CLEAN = 0;
  /** Findings (not in the baseline; in review mode: on added lines). */
  static final int FINDINGS = 1;
  /** A usage, I/O, baseline, git or GitHub API error, or nothing could be analysed at all. */
  static final int ERROR = 2;
  /** Some files or directories could not be analysed (named on standard error); takes precedence over 1. */
  static final int NOT_ANALYSED = 3;

  /** The status of a run that completed: 3 when files were left out (unless ignored), else 1 or 0. */
  static int of(boolean findings, int notAnalysed, boolean failOnError) {
    if (notAnalysed > 0 && failOnError) {
      return NOT_ANALYSED;
    }
    return findings ? FINDINGS : CLEAN;
  }
}
