package dev.leakguard.pmd;

import java.util.List;
import net.sourceforge.pmd.lang.rule.Rule;
import net.sourceforge.pmd.test.PmdRuleTst;

/** The XML cases in {@code xml/UnboundedStaticCollection.xml}: PMD syntax, suppression, options. */
class UnboundedStaticCollectionTest extends PmdRuleTst {
  @Override
  protected List<Rule> getRules() {
    return List.of(findRule(LeakguardRuleset.PATH, "UnboundedStaticCollection"));
  }
}
