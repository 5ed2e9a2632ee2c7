package dev.leakguard.core.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A file's comments, found in its text (string, character and text-block literals skipped), and
 * the one rule for which of them document a declaration: the block of comments on the lines
 * directly above it (each ending on the line before the next begins; a comment with code before
 * it on its line belongs to that code), and every comment that begins on the declaration's own
 * lines (between annotations, trailing after it). Every reader passes its file's text and the
 * declaration's lines, so every engine reads the same documentation.
 */
public final class SourceComments {
  /**
   * One comment: its lines (1-based), whether code comes before it on its first line, where its
   * text is (copied out only when it documents something: most comments never do).
   */
  private record Comment(int beginLine, int endLine, boolean afterCode, int start, int end) {}

  /** Comments by their first line; several on one line are joined. */
  private final TreeMap<Integer, List<Comment>> byBeginLine = new TreeMap<>();
  /** The text, scanned on the first question (a file that declares no field is never scanned). */
  private final String source;
  private boolean scanned;

  private SourceComments(String source) {
    this.source = source;
  }

  /** The comments of {@code source}; {@link #attachedTo} answers for any declaration in it. */
  public static SourceComments of(CharSequence source) {
    return new SourceComments(source == null ? null : source.toString());
  }

  private String text(Comment c) {
    return source.substring(c.start(), c.end());
  }

  /** The documentation of a declaration spanning {@code firstLine..lastLine}, one comment per line of text. */
  public String attachedTo(int firstLine, int lastLine) {
    if (!scanned) {
      scanned = true;
      if (source != null) {
        scan(source);
      }
    }
    StringBuilder text = new StringBuilder();
    int top = firstLine;
    while (true) {
      Comment above = endingOn(top - 1);
      if (above == null) {
        break;
      }
      text.insert(0, text(above) + "\n");
      top = above.beginLine();
    }
    for (Map.Entry<Integer, List<Comment>> e : byBeginLine.subMap(firstLine, true, Math.max(firstLine, lastLine), true).entrySet()) {
      for (Comment c : e.getValue()) {
        text.append(text(c)).append('\n');
      }
    }
    return text.toString();
  }

  /** The comment that ends on {@code line} and has no code before it, or null. */
  private Comment endingOn(int line) {
    if (line < 1) {
      return null;
    }
    for (Map.Entry<Integer, List<Comment>> e : byBeginLine.headMap(line, true).descendingMap().entrySet()) {
      for (Comment c : e.getValue()) {
        if (c.endLine() == line) {
          return c.afterCode() ? null : c;
        }
      }
      if (e.getKey() < line && e.getValue().stream().allMatch(c -> c.endLine() < line)) {
        return null; // the nearest comment above ends earlier: a gap or code in between
      }
    }
    return null;
  }

  private void scan(String s) {
    int n = s.length();
    int line = 1;
    boolean codeOnLine = false;
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '\n') {
        line++;
        codeOnLine = false;
        i++;
      } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
        int end = i;
        while (end < n && s.charAt(end) != '\n' && s.charAt(end) != '\r') {
          end++;
        }
        add(new Comment(line, line, codeOnLine, i, end));
        i = end;
      } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
        int close = s.indexOf("*/", i + 2);
        int end = close < 0 ? n : close + 2;
        int endLine = line + count(s, i, end, '\n');
        add(new Comment(line, endLine, codeOnLine, i, end));
        line = endLine;
        codeOnLine = true; // whatever follows the comment on its last line is code
        i = end;
      } else if (c == '"' || c == '\'') {
        int end = literalEnd(s, i);
        line += count(s, i, end, '\n');
        codeOnLine = true;
        i = end;
      } else {
        if (!Character.isWhitespace(c)) {
          codeOnLine = true;
        }
        i++;
      }
    }
  }

  private void add(Comment c) {
    byBeginLine.computeIfAbsent(c.beginLine(), k -> new ArrayList<>(1)).add(c);
  }

  /** The index after a string, character or text-block literal starting at {@code start}. */
  private static int literalEnd(String s, int start) {
    int n = s.length();
    char quote = s.charAt(start);
    if (quote == '"' && start + 2 < n && s.charAt(start + 1) == '"' && s.charAt(start + 2) == '"') {
      int close = s.indexOf("\"\"\"", start + 3);
      while (close > 0 && s.charAt(close - 1) == '\\') {
        close = s.indexOf("\"\"\"", close + 1);
      }
      return close < 0 ? n : close + 3;
    }
    int i = start + 1;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == quote || c == '\n') {
        return i + 1;
      } else {
        i++;
      }
    }
    return n;
  }

  private static int count(String s, int from, int to, char c) {
    int k = 0;
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == c) {
        k++;
      }
    }
    return k;
  }
}
