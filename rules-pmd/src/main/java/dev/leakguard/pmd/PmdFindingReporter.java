package dev.leakguard.pmd;

import dev.leakguard.core.Finding;
import dev.leakguard.core.RuleId;
import java.util.List;
import net.sourceforge.pmd.lang.java.ast.ASTVariableId;
import net.sourceforge.pmd.reporting.RuleContext;

/**
 * The one exit from core findings to PMD violations: each finding of a rule is reported on its
 * field's name with core's message, so PMD's own suppressions ({@code @SuppressWarnings("PMD.<RuleId>")},
 * {@code // NOPMD} on that line) apply to it.
 */
final class PmdFindingReporter {
  private PmdFindingReporter() {}

  static void report(RuleContext ctx, RuleId rule, PmdFactsReader.FileFacts facts, List<Finding> findings) {
    for (Finding f : findings) {
      if (f.rule() != rule) {
        continue;
      }
      ASTVariableId field = facts.holderNodes().get(f.holder());
      if (field != null) {
        ctx.addViolation(field, f.message());
      }
    }
  }
}
