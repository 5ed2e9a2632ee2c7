package dev.leakguard.core.analysis;

import dev.leakguard.core.RuleId;
import dev.leakguard.core.model.AnnotationFact;
import dev.leakguard.core.model.ClassFact;
import dev.leakguard.core.model.HolderFact;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code @SuppressWarnings("<RuleId>")}, {@code @SuppressWarnings("leakguard")} or
 * {@code @SuppressWarnings("leakguard:<RuleId>")}, on the field or any class that encloses it, in
 * every front end: readers record annotations as written, core reads the keys.
 */
public final class Suppressions {
  public static final String FAMILY_KEY = "leakguard";
  private static final String ANNOTATION = "SuppressWarnings";
  private static final int MAX_NESTING = 64;

  private Suppressions() {}

  public static boolean isSuppressed(HolderFact holder, RuleId rule, ClassIndex classes) {
    for (String key : keys(holder, classes)) {
      String k = key.trim();
      if (k.equals(FAMILY_KEY) || k.equals(rule.id()) || k.equals(FAMILY_KEY + ":" + rule.id())) {
        return true;
      }
    }
    return false;
  }

  /** The keys on the field and its enclosing classes (and any a reader stated itself). */
  private static List<String> keys(HolderFact holder, ClassIndex classes) {
    List<String> keys = new ArrayList<>(holder.suppressions());
    addKeys(holder.annotations(), keys);
    String cls = holder.declaringClass();
    for (int depth = 0; cls != null && depth < MAX_NESTING; depth++) {
      ClassFact c = classes.find(cls);
      if (c == null) {
        break;
      }
      addKeys(c.annotations(), keys);
      cls = c.outerClass();
    }
    return keys;
  }

  private static void addKeys(List<AnnotationFact> annotations, List<String> keys) {
    for (AnnotationFact a : annotations) {
      if (a.simpleName().equals(ANNOTATION)) {
        keys.addAll(a.value("value"));
      }
    }
  }
}
