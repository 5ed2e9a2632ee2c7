package dev.leakguard.core.options;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** What an option's value is, how it is written as text, and what is accepted. */
public enum ValueType {
  /** {@code true} or {@code false}, nothing else (no {@code yes}, no {@code maybe}). */
  BOOLEAN("true or false", "B"),
  /**
   * Simple or qualified Java names ({@code AppScoped}, {@code com.acme.Ring}), comma-separated in
   * text; a leading {@code @} is dropped, surrounding blanks are trimmed, a blank value is the
   * empty set.
   */
  JAVA_NAMES("comma-separated simple or qualified Java names", "A,B");

  private static final Pattern QUALIFIED_NAME =
      Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*");

  private final String accepted;
  private final String placeholder;

  ValueType(String accepted, String placeholder) {
    this.accepted = accepted;
    this.placeholder = placeholder;
  }

  /** How a value is shown in a usage line: {@code --bounded-types A,B}. */
  public String placeholder() {
    return placeholder;
  }

  /** What a value looks like, for help texts and documentation. */
  public String accepted() {
    return accepted;
  }

  /** A boolean value from text. */
  static boolean parseBoolean(String text) {
    String v = text == null ? "" : text.strip();
    return switch (v) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new OptionValueException("must be true or false, not '" + text + "'");
    };
  }

  /** Names from text: comma-separated. */
  static Set<String> parseNames(String text) {
    if (text == null || text.isBlank()) {
      return Set.of();
    }
    return parseNames(List.of(text.split(",", -1)));
  }

  /**
   * Names from a list whose elements may themselves be comma-separated (a Maven list parameter
   * given with {@code -D}); sorted, so that every front end and the cache key see one order.
   */
  static Set<String> parseNames(List<String> values) {
    List<String> parts = new ArrayList<>();
    for (String v : values) {
      for (String part : (v == null ? "" : v).split(",", -1)) {
        parts.add(part.strip());
      }
    }
    if (parts.stream().allMatch(String::isEmpty)) {
      return Set.of();
    }
    Set<String> out = new TreeSet<>();
    for (String p : parts) {
      String name = p.startsWith("@") ? p.substring(1) : p;
      if (!QUALIFIED_NAME.matcher(name).matches()) {
        throw new OptionValueException("has " + (name.isEmpty() ? "a blank entry" : "'" + name + "'")
            + ", which is not a simple or qualified Java name (e.g. com.acme.Name)");
      }
      out.add(name);
    }
    return out;
  }

  /** Names as text: sorted, comma-separated, empty for none. */
  static String formatNames(Set<String> names) {
    return String.join(",", new TreeSet<>(names));
  }
}
