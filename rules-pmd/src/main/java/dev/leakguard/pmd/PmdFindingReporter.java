package dev.leakguard.pmd;

import dev.leakguard.core.Finding;
import dev.leakguard.core.RuleId;
import dev.leakguard.core.model.Location;
import java.util.List;
import net.sourceforge.pmd.lang.document.FileLocation;
import net.sourceforge.pmd.lang.java.ast.ASTCompilationUnit;
import net.sourceforge.pmd.lang.java.ast.ASTVariableId;
import net.sourceforge.pmd.reporting.RuleContext;

/**
 * The one exit from core findings to PMD violations: each finding of a rule is reported on its
 * field's name (found where the finding says the name begins) with core's message, so PMD's own
 * suppressions ({@code @SuppressWarnings("PMD.<RuleId>")}, {@code // NOPMD} on that line) apply to it.
 */
final class PmdFindingReporter {
  private PmdFindingReporter() {}

  static void report(RuleContext ctx, RuleId rule, ASTCompilationUnit root, List<Finding> findings) {
    for (Finding f : findings) {
      ASTVariableId field = f.rule() == rule ? fieldAt(root, f.location()) : null;
      if (field != null) {
        ctx.addViolation(field, f.message());
      }
    }
  }

  private static ASTVariableId fieldAt(ASTCompilationUnit root, Location at) {
    return root.descendants(ASTVariableId.class).crossFindBoundaries().first(v -> {
      FileLocation name = root.getTextDocument().toLocation(v.getTextRegion());
      return name.getStartLine() == at.line() && name.getStartColumn() == at.column();
    });
  }
}
