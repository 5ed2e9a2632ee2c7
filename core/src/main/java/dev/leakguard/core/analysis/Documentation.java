package dev.leakguard.core.analysis;

import dev.leakguard.core.model.AnnotationFact;
import dev.leakguard.core.model.HolderFact;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a holder's documented bound: {@code @Bounded}/{@code @Evicted} (any package) with a
 * reason, or a comment line starting {@code Bound:} or {@code Eviction:}.
 */
public final class Documentation {
  private static final Set<String> ANNOTATIONS = Set.of("Bounded", "Evicted");
  private static final List<String> PREFIXES = List.of("bound:", "eviction:");

  /** What the documentation says. {@code text} is the reason, or where a blank one was written. */
  public record Bound(State state, String text) {
    public static final Bound NONE = new Bound(State.NONE, "");
  }

  public enum State {
    NONE,
    DOCUMENTED,
    BLANK
  }

  private Documentation() {}

  public static Bound of(HolderFact holder) {
    Bound blank = null;
    for (AnnotationFact a : holder.annotations()) {
      if (!ANNOTATIONS.contains(a.simpleName())) {
        continue;
      }
      // A team's own annotation may name its reason anything: reason = "..", why = "..".
      for (var attribute : a.values().entrySet()) {
        String reason = String.join(" ", attribute.getValue()).trim();
        if (!reason.isEmpty()) {
          String shown = attribute.getKey().equals("value") ? "\"" + reason + "\"" : attribute.getKey() + " = \"" + reason + "\"";
          return new Bound(State.DOCUMENTED, "@" + a.simpleName() + "(" + shown + ")");
        }
      }
      blank = new Bound(State.BLANK, "@" + a.simpleName() + " with a blank reason");
    }
    for (String raw : holder.documentation().split("\\R")) {
      String line = stripCommentSyntax(raw);
      String lower = line.toLowerCase(Locale.ROOT);
      for (String prefix : PREFIXES) {
        if (lower.startsWith(prefix)) {
          String reason = line.substring(prefix.length()).trim();
          String label = line.substring(0, prefix.length() - 1);
          if (!reason.isEmpty()) {
            return new Bound(State.DOCUMENTED, label + ": " + reason);
          }
          blank = new Bound(State.BLANK, "'" + label + ":' with nothing after it");
        }
      }
    }
    return blank != null ? blank : Bound.NONE;
  }

  /** Drops {@code //}, {@code /*}, {@code *}, {@code * /} and Javadoc tags' leading markers. */
  static String stripCommentSyntax(String raw) {
    String s = raw.trim();
    if (s.startsWith("/**")) {
      s = s.substring(3);
    } else if (s.startsWith("/*") || s.startsWith("//")) {
      s = s.substring(2);
    }
    s = s.trim();
    while (s.startsWith("*") && !s.startsWith("*/")) {
      s = s.substring(1).trim();
    }
    if (s.endsWith("*/")) {
      s = s.substring(0, s.length() - 2).trim();
    }
    return s;
  }
}
