package dev.leakguard.analyzer.reader;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.comments.Comment;
import java.util.List;
import java.util.TreeMap;

/**
 * Finds the comments attached to a declaration by position rather than by JavaParser's
 * attribution (which keeps one comment per node): the block of comments on the lines directly
 * above the declaration, plus comments on its own lines.
 */
final class Comments {
  /** Comments by their first line; a line holds the comments that start on it, joined. */
  private final TreeMap<Integer, String> byBeginLine = new TreeMap<>();
  private final TreeMap<Integer, Integer> endLineByBegin = new TreeMap<>();

  /** Begin lines of comments with code before them on their line: they document that code. */
  private final java.util.Set<Integer> trailing = new java.util.HashSet<>();

  Comments(List<Comment> all, String source) {
    int[] lineStarts = lineStarts(source);
    for (Comment c : all) {
      if (c.getRange().isEmpty()) {
        continue;
      }
      int begin = c.getRange().get().begin.line;
      int end = c.getRange().get().end.line;
      byBeginLine.merge(begin, c.getContent(), (a, b) -> a + "\n" + b);
      endLineByBegin.merge(begin, end, Math::max);
      if (begin - 1 < lineStarts.length) {
        int from = lineStarts[begin - 1];
        int col = c.getRange().get().begin.column; // 1-based; tabs count as one column here
        String before = source.substring(from, Math.min(source.length(), from + Math.max(0, col - 1)));
        if (!before.isBlank()) {
          trailing.add(begin);
        }
      }
    }
  }

  private static int[] lineStarts(String source) {
    int[] starts = new int[64];
    int n = 1; // starts[0] = 0
    for (int i = 0; i < source.length(); i++) {
      char ch = source.charAt(i);
      if (ch == '\n' || (ch == '\r' && (i + 1 >= source.length() || source.charAt(i + 1) != '\n'))) {
        if (n == starts.length) {
          starts = java.util.Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    return java.util.Arrays.copyOf(starts, n);
  }

  /** The documentation text of a declaration spanning {@code node}'s lines. */
  String attachedTo(Node node, int firstLine) {
    if (node.getRange().isEmpty()) {
      return "";
    }
    int last = node.getRange().get().end.line;
    StringBuilder text = new StringBuilder();
    // Comments above: walk up while each block ends on the line before the previous one.
    int top = firstLine;
    while (true) {
      Integer begin = findBlockEndingAt(top - 1);
      if (begin == null) {
        break;
      }
      text.insert(0, byBeginLine.get(begin) + "\n");
      top = begin;
    }
    // Comments on the declaration's own lines (trailing comments, comments between annotations).
    for (var e : byBeginLine.subMap(firstLine, true, last, true).entrySet()) {
      text.append(e.getValue()).append('\n');
    }
    return text.toString();
  }

  private Integer findBlockEndingAt(int line) {
    if (line < 1) {
      return null;
    }
    // The comment that ends on `line` started at or before it; blocks are short, look back a bit.
    var head = endLineByBegin.headMap(line, true).descendingMap();
    for (var e : head.entrySet()) {
      if (e.getValue() == line) {
        return trailing.contains(e.getKey()) ? null : e.getKey();
      }
      if (e.getValue() < line) {
        return null;
      }
    }
    return null;
  }
}
