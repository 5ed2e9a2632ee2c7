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
  /** One comment: its lines (1-based), whether code comes before it on its first line, its text. */
  private record Comment(int beginLine, int endLine, boolean afterCode, String text) {}

  /** Comments by their first line; several on one line are joined. */
  private final TreeMap<Integer, List<Comment>> byBeginLine = new TreeMap<>();

  private SourceComments() {}

  /** Scans {@code source} once; then {@link #attachedTo} answers for any declaration in it. */
  public static SourceComments of(CharSequence source) {
    SourceComments comments = new SourceComments();
    if (source != null) {
      comments.scan(source);
    }
    return comments;
  }

  /** The documentation of a declaration spanning {@code firstLine..lastLine}, one comment per line of text. */
  public String attachedTo(int firstLine, int lastLine) {
    StringBuilder text = new StringBuilder();
    int top = firstLine;
    while (true) {
      Comment above = endingOn(top - 1);
      if (above == null) {
        break;
      }
      text.insert(0, above.text() + "\n");
      top = above.beginLine();
    }
    for (Map.Entry<Integer, List<Comment>> e : byBeginLine.subMap(firstLine, true, Math.max(firstLine, lastLine), true).entrySet()) {
      for (Comment c : e.getValue()) {
        text.append(c.text()).append('\n');
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

  private void scan(CharSequence s) {
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
        add(new Comment(line, line, codeOnLine, s.subSequence(i, end).toString()));
        i = end;
      } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
        int close = indexOf(s, "*/", i + 2);
        int end = close < 0 ? n : close + 2;
        int endLine = line + count(s, i, end, '\n');
        add(new Comment(line, endLine, codeOnLine, s.subSequence(i, end).toString()));
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
  private static int literalEnd(CharSequence s, int start) {
    int n = s.length();
    char quote = s.charAt(start);
    if (quote == '"' && start + 2 < n && s.charAt(start + 1) == '"' && s.charAt(start + 2) == '"') {
      int close = indexOf(s, "\"\"\"", start + 3);
      while (close > 0 && s.charAt(close - 1) == '\\') {
        close = indexOf(s, "\"\"\"", close + 1);
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

  private static int indexOf(CharSequence s, String what, int from) {
    for (int i = Math.max(0, from); i + what.length() <= s.length(); i++) {
      boolean match = true;
      for (int j = 0; j < what.length() && match; j++) {
        match = s.charAt(i + j) == what.charAt(j);
      }
      if (match) {
        return i;
      }
    }
    return -1;
  }

  private static int count(CharSequence s, int from, int to, char c) {
    int k = 0;
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == c) {
        k++;
      }
    }
    return k;
  }
}
