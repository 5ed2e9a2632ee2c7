package dev.leakguard.errorprone;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.bugpatterns.BugChecker;
import dev.leakguard.core.RuleId;
import javax.inject.Inject;

/** {@link RuleId#UnboundedCacheBuilder}: docs/rules/UnboundedCacheBuilder.md. */
@AutoService(BugChecker.class)
@BugPattern(
    summary = "Long-lived cache built with no size, weight, time or reference bound",
    severity = WARNING,
    linkType = CUSTOM,
    link = "https://github.com/leakguard/leakguard/blob/main/docs/rules/UnboundedCacheBuilder.md")
public final class UnboundedCacheBuilder extends LeakguardCheck {
  /** For plugin discovery: ServiceLoader needs it; Error Prone then uses the flags constructor. */
  public UnboundedCacheBuilder() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  public UnboundedCacheBuilder(ErrorProneFlags flags) {
    super(RuleId.UnboundedCacheBuilder, flags);
  }
}
