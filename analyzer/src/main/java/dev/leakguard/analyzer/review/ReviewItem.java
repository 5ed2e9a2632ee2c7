package dev.leakguard.analyzer.review;

import dev.leakguard.core.Finding;
import dev.leakguard.core.GrowthSite;

/**
 * A finding kept for review, and the added line its comment goes on.
 *
 * @param path the file of that line, relative to the repository root
 * @param line the added line: the field's declaration, or a growth site
 * @param growthSite the growth site on that line, or null when the comment is on the declaration
 * @param declarationPath the field's file, relative to the repository root (null when outside it)
 */
public record ReviewItem(Finding finding, String path, int line, GrowthSite growthSite, String declarationPath) {
  public boolean onDeclaration() {
    return growthSite == null;
  }

  /** One line for a log: {@code path:line: [RuleId] this 'put' in 'replay' grows 'Holder.field' (declared at ...)}. */
  public String describe() {
    String head = path + ":" + line + ": [" + finding.rule().id() + "] ";
    if (onDeclaration()) {
      return head + finding.message();
    }
    return head + "this '" + growthSite.call() + "' in '" + growthSite.member() + "' grows '" + ReviewPayload.shortHolder(finding.holder())
        + "' (declared at " + (declarationPath != null ? declarationPath : finding.location().fileName()) + ":" + finding.location().line()
        + "), which nothing removes from: bound it, evict from it, or document the bound";
  }
}
