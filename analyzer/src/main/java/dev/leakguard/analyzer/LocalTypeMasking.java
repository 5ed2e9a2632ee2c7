package dev.leakguard.analyzer;

import java.util.Optional;

/**
 * JavaParser 3.28.2 rejects local enums and some local interfaces (valid Java since 16): it reads
 * {@code enum Color { RED }} in a method body as a variable of type {@code enum} and fails at the
 * name. This masks one such declaration so the rest of the file can be read: the text from the
 * keyword to the declaration's closing brace becomes {@code class Color{}} (annotations before it
 * stay valid, uses of the name still parse), with every line break kept, so line numbers do not
 * move. Only a declaration at the place the parser failed is masked: a file that is broken
 * anywhere else stays broken.
 */
final class LocalTypeMasking {
  private LocalTypeMasking() {}

  /**
   * A masked source and what was masked.
   *
   * @param source the text with the declaration masked
   * @param line the declaration's first line
   * @param description {@code local enum 'Color'}
   */
  record Masked(String source, int line, String description) {}

  /**
   * Masks the local enum or interface whose name is at, or whose keyword is, the parser's error
   * position ({@code line} and {@code column}, 1-based); empty when there is none there.
   */
  static Optional<Masked> at(String source, int line, int column) {
    int pos = offset(source, line, column);
    if (pos < 0) {
      return Optional.empty();
    }
    int keyword = keywordAt(source, pos);
    if (keyword < 0) {
      keyword = keywordBefore(source, pos);
    }
    if (keyword < 0) {
      return Optional.empty();
    }
    String kind = source.startsWith("enum", keyword) ? "enum" : "interface";
    int nameStart = skipSpace(source, keyword + kind.length());
    int nameEnd = nameStart;
    while (nameEnd < source.length() && Character.isJavaIdentifierPart(source.charAt(nameEnd))) {
      nameEnd++;
    }
    if (nameEnd == nameStart) {
      return Optional.empty();
    }
    String name = source.substring(nameStart, nameEnd);
    int open = source.indexOf('{', nameEnd);
    int close = open < 0 ? -1 : matchingBrace(source, open);
    if (close < 0) {
      return Optional.empty();
    }
    StringBuilder masked = new StringBuilder(source.length() + 8).append(source, 0, keyword);
    String replacement = "class " + name + "{}";
    masked.append(replacement);
    int written = replacement.length();
    for (int i = keyword; i <= close; i++) {
      char c = source.charAt(i);
      if (c == '\n' || c == '\r') {
        masked.append(c);
      } else if (i - keyword >= written) {
        masked.append(' ');
      }
    }
    masked.append(source, close + 1, source.length());
    return Optional.of(new Masked(masked.toString(), lineOf(source, keyword), "local " + kind + " '" + name + "'"));
  }

  /** The offset of a 1-based line and column, or -1. */
  private static int offset(String s, int line, int column) {
    int pos = 0;
    for (int l = 1; l < line; l++) {
      pos = s.indexOf('\n', pos);
      if (pos < 0) {
        return -1;
      }
      pos++;
    }
    pos += column - 1;
    return pos >= 0 && pos < s.length() ? pos : -1;
  }

  /** The offset of {@code enum} or {@code interface} starting at {@code pos} as a whole word, or -1. */
  private static int keywordAt(String s, int pos) {
    for (String k : new String[] {"enum", "interface"}) {
      if (s.startsWith(k, pos) && isWordBoundary(s, pos - 1) && isWordBoundary(s, pos + k.length())) {
        return pos;
      }
    }
    return -1;
  }

  /** The offset of {@code enum} or {@code interface} as the word just before {@code pos}, or -1. */
  private static int keywordBefore(String s, int pos) {
    int end = pos;
    while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    if (end == pos) {
      return -1; // no space between: the error is not at the name after a keyword
    }
    int start = end;
    while (start > 0 && Character.isJavaIdentifierPart(s.charAt(start - 1))) {
      start--;
    }
    return keywordAt(s, start) == start && start + wordLength(s, start) == end ? start : -1;
  }

  private static int wordLength(String s, int start) {
    int i = start;
    while (i < s.length() && Character.isJavaIdentifierPart(s.charAt(i))) {
      i++;
    }
    return i - start;
  }

  private static boolean isWordBoundary(String s, int i) {
    return i < 0 || i >= s.length() || !Character.isJavaIdentifierPart(s.charAt(i));
  }

  private static int skipSpace(String s, int i) {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * The offset of the brace closing the one at {@code open}, skipping comments, string, text
   * block and character literals; -1 when it is never closed.
   */
  static int matchingBrace(String s, int open) {
    int depth = 0;
    int i = open;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '/') {
        int nl = s.indexOf('\n', i);
        i = nl < 0 ? s.length() : nl;
      } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
        int end = s.indexOf("*/", i + 2);
        i = end < 0 ? s.length() : end + 2;
      } else if (s.startsWith("\"\"\"", i)) {
        i = skipLiteral(s, i + 3, "\"\"\"");
      } else if (c == '"' || c == '\'') {
        i = skipLiteral(s, i + 1, String.valueOf(c));
      } else {
        if (c == '{') {
          depth++;
        } else if (c == '}' && --depth == 0) {
          return i;
        }
        i++;
      }
    }
    return -1;
  }

  /** The offset after the literal's closing {@code quote}, honouring backslash escapes. */
  private static int skipLiteral(String s, int i, String quote) {
    while (i < s.length()) {
      if (s.charAt(i) == '\\') {
        i += 2;
      } else if (s.startsWith(quote, i)) {
        return i + quote.length();
      } else if (quote.length() == 1 && s.charAt(i) == '\n') {
        return i; // an unclosed one-line literal ends at the line
      } else {
        i++;
      }
    }
    return s.length();
  }

  private static int lineOf(String s, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (s.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
