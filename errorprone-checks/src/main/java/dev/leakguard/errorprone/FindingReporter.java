package dev.leakguard.errorprone;

import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.fixes.SuggestedFix;
import com.google.errorprone.matchers.Description;
import com.sun.tools.javac.tree.JCTree.JCVariableDecl;
import dev.leakguard.core.Finding;
import java.util.Optional;

/**
 * The one exit from core findings to Error Prone: each finding becomes a {@link Description} on
 * the field's declaration, with core's message (the same text every front end prints) and, where
 * there is a real remedy, a suggested fix. Never a suppression.
 */
final class FindingReporter {
  private FindingReporter() {}

  static void report(BugChecker check, Finding finding, JCVariableDecl field, VisitorState state) {
    Description.Builder description = check.buildDescription(field).setMessage(finding.message());
    Optional<SuggestedFix> fix = switch (finding.rule()) {
      case UnboundedCacheBuilder -> CacheBoundFix.of(field, state);
      // No mechanical remedy fits a growing collection: the bound depends on the domain.
      case UnboundedStaticCollection, UnboundedSingletonCollection -> Optional.empty();
    };
    fix.ifPresent(description::addFix);
    state.reportMatch(description.build());
  }
}
