package dev.leakguard.errorprone;

import com.google.errorprone.BugPattern.SeverityLevel;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.CompilationUnitTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.tools.javac.tree.JCTree.JCVariableDecl;
import dev.leakguard.core.Finding;
import dev.leakguard.core.Options;
import dev.leakguard.core.RuleId;

/**
 * What the three checks share: read the unit (once, {@link LeakguardAnalysis}), let core judge,
 * report this check's rule's findings on their fields. Suppression by the rule id and by
 * {@code leakguard} is core's decision, from the {@code @SuppressWarnings} keys the reader passes
 * (a compilation-unit matcher sees no enclosing suppression of its own). A flag that core's option
 * table refuses is reported once per compilation as an error naming the flag.
 */
abstract class LeakguardCheck extends BugChecker implements CompilationUnitTreeMatcher {
  private final RuleId rule;
  private final Options options;
  private final String flagError;

  LeakguardCheck(RuleId rule, ErrorProneFlags flags) {
    this.rule = rule;
    LeakguardFlags.Reading reading = LeakguardFlags.read(flags);
    this.options = reading.options();
    this.flagError = reading.error();
  }

  final Options options() {
    return options;
  }

  @Override
  public final Description matchCompilationUnit(CompilationUnitTree tree, VisitorState state) {
    if (flagError != null) {
      // A bad flag: one compiler error naming it, and no judgement on options nobody meant.
      return FlagErrors.firstReport(state.context)
          ? buildDescription(tree).setMessage("leakguard: " + flagError).overrideSeverity(SeverityLevel.ERROR).build()
          : Description.NO_MATCH;
    }
    for (Finding finding : LeakguardAnalysis.instance(state.context).analyse(tree, state, options)) {
      JCVariableDecl field = finding.rule() == rule ? DeclaredField.at(tree, finding.location()) : null;
      if (field != null) {
        FindingReporter.report(this, finding, field, state);
      }
    }
    return Description.NO_MATCH;
  }
}
