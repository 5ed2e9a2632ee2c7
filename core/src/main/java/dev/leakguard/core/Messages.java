package dev.leakguard.core;

import dev.leakguard.core.catalog.Classification;
import dev.leakguard.core.model.HolderFact;
import dev.leakguard.core.model.Names;

/**
 * The one place that words findings; every front end prints these texts. No trailing period:
 * maven-pmd-plugin adds one to each violation, and the other reports (javac's diagnostics, the
 * analyzer's and the Maven plugin's output, SARIF) print the text as it is.
 */
final class Messages {
  private static final String DOCUMENT =
      "or document the bound with @Bounded or an 'Eviction:' comment";

  private Messages() {}

  /** {@code DataTransformer.transformationHistory}: the holder as messages name it. */
  static String holderName(HolderFact h) {
    String cls = h.declaringClass();
    // Keep enclosing classes (Outer.Inner) but drop the package: segments starting lower-case.
    String[] parts = cls.split("\\.");
    StringBuilder b = new StringBuilder();
    for (String p : parts) {
      if (!p.isEmpty() && Character.isUpperCase(p.charAt(0))) {
        b.append(p).append('.');
      }
    }
    if (b.length() == 0) {
      b.append(Names.simpleName(cls)).append('.');
    }
    return b.append(h.name()).toString();
  }

  /** "Static map 'X.y'" or "Map 'X.y' of singleton 'X'". */
  /** @param singletonClass the singleton whose instance holds the field (its declaring class or a subclass), or null */
  static String subject(HolderFact h, Classification c, String singletonClass, boolean perThread) {
    String noun = perThread ? "thread-local " + c.shape().noun() : c.shape().noun();
    if (singletonClass != null) {
      return capitalize(noun) + " '" + holderName(h) + "' of singleton '" + Names.simpleName(singletonClass) + "'";
    }
    return "Static " + noun + " '" + holderName(h) + "'";
  }

  static String growth(String subject, GrowthSite first, boolean cache, boolean perThread, boolean listeners) {
    String where = first.location().fileName() + ":" + first.location().line() + " in '" + first.member() + "'";
    if (listeners) {
      return subject + " grows at " + where + " and nothing unregisters from it: unregister each object when"
          + " it is done (close, destroy), " + DOCUMENT;
    }
    if (perThread) {
      return subject + " grows at " + where + " and nothing removes from it: call its remove() when the work that"
          + " fills it ends (a pooled thread keeps its value as long as the thread lives), bound it, " + DOCUMENT;
    }
    if (cache) {
      return subject + " is built with no size, time or reference bound and grows at " + where
          + ": add maximumSize (or maximumWeight) and expireAfterWrite/expireAfterAccess to its builder, "
          + DOCUMENT;
    }
    return subject + " grows at " + where + " and nothing removes from it: bound it (e.g. a Caffeine"
        + " cache with maximumSize/expireAfterWrite), evict from it, " + DOCUMENT;
  }

  static String strict(String subject, boolean cache, boolean weak) {
    String what = cache ? "is built with no size, time or reference bound"
        : weak ? "holds weak or soft references but has no bound"
        : "is mutable and unbounded";
    return subject + " " + what + ", and no documented bound was found (strict mode; no run-time growth"
        + " site was required): make it immutable, bound it, evict from it, " + DOCUMENT;
  }

  static String blankReason(String subject, String where) {
    return subject + " documents its bound with " + where + ": write what bounds it (e.g."
        + " @Bounded(\"one entry per tenant, < 500\")) or the eviction that removes entries";
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
