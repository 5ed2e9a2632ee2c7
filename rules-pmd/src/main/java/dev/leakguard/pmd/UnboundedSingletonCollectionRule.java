package dev.leakguard.pmd;

import dev.leakguard.core.RuleId;

/**
 * An instance field of a singleton (an enum, a class with one static instance, a DI singleton bean,
 * a servlet or filter) holding a mutable, unbounded collection or map that grows at run time, with no eviction
 * and no documented bound.
 *
 * @see <a href="https://github.com/leakguard/leakguard/blob/main/docs/rules/UnboundedSingletonCollection.md">UnboundedSingletonCollection</a>
 */
public class UnboundedSingletonCollectionRule extends AbstractLeakguardRule {
  public UnboundedSingletonCollectionRule() {
    super(RuleId.UnboundedSingletonCollection);
  }
}
