package dev.leakguard.core;

import java.util.List;
import java.util.Locale;

/** Small grammar for explanation steps built from catalog data: articles and relative clauses. */
final class Wording {
  /** Reasons that describe a state rather than an action: they need "is" after "which". */
  private static final List<String> STATE_STARTS =
      List.of("a ", "an ", "at most ", "bounded", "built ", "fixed ", "immutable", "unbounded");

  private Wording() {}

  /** {@code an ArrayList}, {@code a HashMap}: by the first letter, which is how type names are read. */
  static String withArticle(String noun) {
    boolean vowel = !noun.isEmpty() && "AEIOUaeiou".indexOf(noun.charAt(0)) >= 0;
    return (vowel ? "an " : "a ") + noun;
  }

  /**
   * {@code which grows with every add} for an action, {@code which is built with no maximumSize}
   * or {@code which is a ConcurrentHashMap with no size limit} for a state.
   */
  static String whichClause(String reason) {
    String lower = reason.toLowerCase(Locale.ROOT);
    boolean state = STATE_STARTS.stream().anyMatch(lower::startsWith);
    return "which " + (state ? "is " : "") + reason;
  }
}
