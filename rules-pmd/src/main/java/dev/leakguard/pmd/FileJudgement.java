package dev.leakguard.pmd;

import dev.leakguard.core.Finding;
import dev.leakguard.core.Judge;
import dev.leakguard.core.Options;
import dev.leakguard.core.model.Facts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sourceforge.pmd.lang.java.ast.ASTCompilationUnit;

/**
 * One file's facts and findings, computed once and shared by the three rules: PMD applies every
 * rule of a ruleset to a file on one thread before it moves on, so the last file read on each
 * thread is kept and the second and third rule reuse it.
 */
final class FileJudgement {
  /**
   * The file the current thread analyses.
   *
   * <p>Bound: one entry per analysis thread; it is replaced when the thread reads its next file.
   */
  private static final ThreadLocal<FileJudgement> CURRENT = new ThreadLocal<>();

  private final ASTCompilationUnit root;
  private final Facts facts;
  /** Bound: one entry per distinct option set among the three rules, at most three. */
  private final Map<Options, List<Finding>> findingsByOptions = new HashMap<>();

  private FileJudgement(ASTCompilationUnit root, Facts facts) {
    this.root = root;
    this.facts = facts;
  }

  static FileJudgement of(ASTCompilationUnit root) {
    FileJudgement current = CURRENT.get();
    if (current == null || current.root != root) {
      current = new FileJudgement(root, PmdSyntaxCopier.read(root));
      CURRENT.set(current);
    }
    return current;
  }

  List<Finding> findings(Options options) {
    return findingsByOptions.computeIfAbsent(options, o -> new Judge(o).judge(facts));
  }
}
