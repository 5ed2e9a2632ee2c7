package dev.leakguard.pmd;

import dev.leakguard.core.Options;
import dev.leakguard.core.RuleId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.sourceforge.pmd.lang.java.ast.ASTCompilationUnit;
import net.sourceforge.pmd.lang.java.rule.AbstractJavaRulechainRule;
import net.sourceforge.pmd.properties.PropertyDescriptor;
import net.sourceforge.pmd.properties.PropertyFactory;

/**
 * What the three leakguard rules share: core's options as rule properties, and one visit per file
 * that reads the file, lets core judge it, and reports this rule's findings. The rules differ
 * only in their {@link RuleId}.
 */
public abstract class AbstractLeakguardRule extends AbstractJavaRulechainRule {
  static final PropertyDescriptor<Boolean> REQUIRE_GROWTH_EVIDENCE =
      PropertyFactory.booleanProperty("requireGrowthEvidence")
          .desc("Flag a holder only when a run-time growth site is seen (precise mode); false flags every"
              + " static or singleton mutable unbounded collection without a documented bound (strict mode)")
          .defaultValue(true)
          .build();
  static final PropertyDescriptor<Boolean> WEAK_COLLECTIONS_EVICT =
      PropertyFactory.booleanProperty("weakCollectionsEvict")
          .desc("Count weak and soft collections (WeakHashMap, ConcurrentReferenceHashMap) as evicting")
          .defaultValue(true)
          .build();
  static final PropertyDescriptor<List<String>> SINGLETON_ANNOTATIONS =
      PropertyFactory.stringListProperty("singletonAnnotations")
          .desc("Extra annotations (simple or qualified names) that make a class a singleton")
          .emptyDefaultValue()
          .build();
  static final PropertyDescriptor<List<String>> BOUNDED_TYPES =
      PropertyFactory.stringListProperty("boundedTypes")
          .desc("Extra types (simple or qualified names) known to be bounded")
          .emptyDefaultValue()
          .build();

  private final RuleId ruleId;

  protected AbstractLeakguardRule(RuleId ruleId) {
    super(ASTCompilationUnit.class);
    this.ruleId = ruleId;
    definePropertyDescriptor(REQUIRE_GROWTH_EVIDENCE);
    definePropertyDescriptor(WEAK_COLLECTIONS_EVICT);
    definePropertyDescriptor(SINGLETON_ANNOTATIONS);
    definePropertyDescriptor(BOUNDED_TYPES);
  }

  /** The leakguard rule this PMD rule reports. */
  public final RuleId ruleId() {
    return ruleId;
  }

  /** Core's options from this rule's properties. */
  public final Options options() {
    return new Options(getProperty(REQUIRE_GROWTH_EVIDENCE), getProperty(WEAK_COLLECTIONS_EVICT),
        trimmed(getProperty(SINGLETON_ANNOTATIONS)), trimmed(getProperty(BOUNDED_TYPES)));
  }

  @Override
  public Object visit(ASTCompilationUnit node, Object data) {
    FileJudgement file = FileJudgement.of(node);
    PmdFindingReporter.report(asCtx(data), ruleId, file.facts(), file.findings(options()));
    return null;
  }

  private static Set<String> trimmed(List<String> names) {
    Set<String> out = new LinkedHashSet<>();
    for (String n : names) {
      if (!n.isBlank()) {
        out.add(n.trim());
      }
    }
    return out;
  }
}
