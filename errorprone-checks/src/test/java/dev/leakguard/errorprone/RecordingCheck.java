package dev.leakguard.errorprone;

import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.CompilationUnitTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.CompilationUnitTree;
import dev.leakguard.core.Finding;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;

/**
 * Test only: runs the same analysis the checks use, with the same flags, and keeps core's
 * findings (kind, confidence, growth sites) for the conformance comparison. Reports nothing.
 */
@BugPattern(summary = "Records leakguard's core findings for tests", severity = WARNING)
public final class RecordingCheck extends BugChecker implements CompilationUnitTreeMatcher {
  // Bound: the findings of one compilation; ConformanceTest clears it before each case.
  static final List<Finding> RECORDED = new ArrayList<>();

  private final dev.leakguard.core.Options options;

  @Inject
  public RecordingCheck(ErrorProneFlags flags) {
    this.options = LeakguardFlags.read(flags).options();
  }

  @Override
  public Description matchCompilationUnit(CompilationUnitTree tree, VisitorState state) {
    RECORDED.addAll(LeakguardAnalysis.instance(state.context).analyse(tree, state, options));
    return Description.NO_MATCH;
  }
}
