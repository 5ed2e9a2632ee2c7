package dev.leakguard.errorprone;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.bugpatterns.BugChecker;
import dev.leakguard.core.RuleId;
import javax.inject.Inject;

/** {@link RuleId#UnboundedStaticCollection}: docs/rules/UnboundedStaticCollection.md. */
@AutoService(BugChecker.class)
@BugPattern(
    summary = "Static collection or map that grows at run time with no bound or eviction",
    severity = WARNING,
    linkType = CUSTOM,
    link = "https://github.com/leakguard/leakguard/blob/main/docs/rules/UnboundedStaticCollection.md")
public final class UnboundedStaticCollection extends LeakguardCheck {
  /** For plugin discovery: ServiceLoader needs it; Error Prone then uses the flags constructor. */
  public UnboundedStaticCollection() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  public UnboundedStaticCollection(ErrorProneFlags flags) {
    super(RuleId.UnboundedStaticCollection, flags);
  }
}
