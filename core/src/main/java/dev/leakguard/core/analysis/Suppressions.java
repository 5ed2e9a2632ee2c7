package dev.leakguard.core.analysis;

import dev.leakguard.core.RuleId;
import dev.leakguard.core.model.HolderFact;

/** {@code @SuppressWarnings("<RuleId>")} or {@code @SuppressWarnings("leakguard")}, in every front end. */
public final class Suppressions {
  public static final String FAMILY_KEY = "leakguard";

  private Suppressions() {}

  public static boolean isSuppressed(HolderFact holder, RuleId rule) {
    for (String key : holder.suppressions()) {
      String k = key.trim();
      if (k.equals(FAMILY_KEY) || k.equals(rule.id()) || k.equals(FAMILY_KEY + ":" + rule.id())) {
        return true;
      }
    }
    return false;
  }
}
