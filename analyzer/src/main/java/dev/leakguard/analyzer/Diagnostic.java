package dev.leakguard.analyzer;

import java.util.Comparator;

/**
 * A tool problem with one input, not a finding: a file that does not parse, cannot be read, or
 * was read with replacement characters. The analysis of the other files goes on.
 *
 * @param line the parser's line, or 0 when the problem is not at a line
 */
public record Diagnostic(String file, int line, Level level, String message) implements java.io.Serializable {
  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::file).thenComparingInt(Diagnostic::line).thenComparing(Diagnostic::message);

  public enum Level {
    /** The file was analysed, but something about it may be off. */
    WARNING,
    /** The file could not be analysed. */
    ERROR
  }

  @Override
  public String toString() {
    return file + (line > 0 ? ":" + line : "") + ": " + level.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
  }
}
