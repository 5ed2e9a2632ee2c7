package dev.leakguard.errorprone;

import com.google.errorprone.VisitorState;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.tools.javac.util.Context;
import dev.leakguard.core.Finding;
import dev.leakguard.core.Judge;
import dev.leakguard.core.Options;
import java.util.List;

/**
 * Reads a compilation unit and judges it once for all three checks. One instance per javac
 * compilation, kept in javac's {@link Context}, so it lives exactly as long as the compilation.
 */
final class LeakguardAnalysis {
  private static final Context.Key<LeakguardAnalysis> KEY = new Context.Key<>();

  // Bound: one entry, the unit the checks are visiting; Error Prone runs every check's
  // compilation-unit matcher on a unit before it moves to the next, so the other two checks hit it.
  private CompilationUnitTree lastUnit;
  private Options lastOptions;
  private List<Finding> lastResult;

  private LeakguardAnalysis() {}

  static LeakguardAnalysis instance(Context context) {
    LeakguardAnalysis analysis = context.get(KEY);
    if (analysis == null) {
      analysis = new LeakguardAnalysis();
      context.put(KEY, analysis);
    }
    return analysis;
  }

  synchronized List<Finding> analyse(CompilationUnitTree unit, VisitorState state, Options options) {
    if (unit == lastUnit && options.equals(lastOptions)) {
      return lastResult;
    }
    List<Finding> result = new Judge(options).judge(JavacSyntaxCopier.read(unit, state));
    lastUnit = unit;
    lastOptions = options;
    lastResult = result;
    return result;
  }
}
