package dev.leakguard.pmd;

/** Where the ruleset is on the classpath: reference it from PMD as {@value #PATH}. */
public final class LeakguardRuleset {
  /** The ruleset's classpath resource path. */
  public static final String PATH = "leakguard/pmd/leakguard.xml";

  private LeakguardRuleset() {}
}
