package dev.leakguard.pmd;

import dev.leakguard.core.RuleId;

/**
 * A static or singleton field holding a Caffeine, Guava or Spring cache built with no size, weight,
 * time or reference bound.
 *
 * @see <a href="https://github.com/leakguard/leakguard/blob/main/docs/rules/UnboundedCacheBuilder.md">UnboundedCacheBuilder</a>
 */
public class UnboundedCacheBuilderRule extends AbstractLeakguardRule {
  public UnboundedCacheBuilderRule() {
    super(RuleId.UnboundedCacheBuilder);
  }
}
