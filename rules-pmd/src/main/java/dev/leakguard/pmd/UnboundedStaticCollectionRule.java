package dev.leakguard.pmd;

import dev.leakguard.core.RuleId;

/**
 * A static field holding a mutable, unbounded collection or map that grows at run time, with no
 * eviction and no documented bound.
 *
 * @see <a href="https://github.com/leakguard/leakguard/blob/main/docs/rules/UnboundedStaticCollection.md">UnboundedStaticCollection</a>
 */
public class UnboundedStaticCollectionRule extends AbstractLeakguardRule {
  public UnboundedStaticCollectionRule() {
    super(RuleId.UnboundedStaticCollection);
  }
}
