package dev.leakguard.pmd;

import dev.leakguard.core.Options;
import dev.leakguard.core.RuleId;
import dev.leakguard.core.options.OptionValueException;
import net.sourceforge.pmd.lang.java.ast.ASTCompilationUnit;
import net.sourceforge.pmd.lang.java.rule.AbstractJavaRulechainRule;

/**
 * What the three leakguard rules share: core's options as rule properties ({@link OptionProperties}), and one visit per file
 * that reads the file, lets core judge it, and reports this rule's findings. The rules differ
 * only in their {@link RuleId}.
 */
public abstract class AbstractLeakguardRule extends AbstractJavaRulechainRule {
  private final RuleId ruleId;
  private final OptionProperties properties = new OptionProperties();

  protected AbstractLeakguardRule(RuleId ruleId) {
    super(ASTCompilationUnit.class);
    this.ruleId = ruleId;
    properties.descriptors().forEach(this::definePropertyDescriptor);
  }

  /** The leakguard rule this PMD rule reports. */
  public final RuleId ruleId() {
    return ruleId;
  }

  /**
   * Core's options from this rule's properties.
   *
   * @throws OptionValueException naming the property, when a value is refused
   */
  public final Options options() {
    return properties.read(this);
  }

  /** A refused option value makes the rule dysfunctional: PMD reports it as a configuration error and skips the rule. */
  @Override
  public String dysfunctionReason() {
    try {
      options();
    } catch (OptionValueException e) {
      return e.getMessage();
    }
    return super.dysfunctionReason();
  }

  @Override
  public Object visit(ASTCompilationUnit node, Object data) {
    FileJudgement file = FileJudgement.of(node);
    PmdFindingReporter.report(asCtx(data), ruleId, node, file.findings(options()));
    return null;
  }
}
