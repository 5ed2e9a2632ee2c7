package dev.leakguard.errorprone;

import static com.google.errorprone.util.ASTHelpers.getStartPosition;

import com.google.errorprone.VisitorState;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.tools.javac.tree.JCTree.JCVariableDecl;
import dev.leakguard.core.model.Location;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A compilation unit's file name and text: locations, the text of trees, and comments on fields. */
final class SourceText {
  private final VisitorState state;
  private final String file;
  private final LineMap lines;
  /** The file's text, or null when javac cannot give it. */
  private final String source;

  SourceText(CompilationUnitTree unit, VisitorState state) {
    this.state = state;
    this.file = fileName(unit);
    this.lines = unit.getLineMap();
    this.source = sourceOf(unit, state);
  }

  String file() {
    return file;
  }

  Location location(int pos) {
    if (pos < 0) {
      return new Location(file, 0, 0);
    }
    return new Location(file, (int) lines.getLineNumber(pos), (int) lines.getColumnNumber(pos));
  }

  Location location(Tree tree) {
    return location(getStartPosition(tree));
  }

  /** The tree's text as written (javac's rendering when the text is not available). */
  String text(Tree tree) {
    int start = getStartPosition(tree);
    int end = state.getEndPosition(tree);
    if (source == null || start < 0 || end <= start || end > source.length()) {
      return tree.toString();
    }
    return source.substring(start, end);
  }

  /**
   * The comments attached to a field: the comment lines directly above it, comments among its
   * modifiers, and a trailing comment after it on its last line.
   */
  String documentation(VariableTree tree) {
    if (source == null) {
      return "";
    }
    int start = getStartPosition(tree);
    int name = ((JCVariableDecl) tree).pos;
    int end = state.getEndPosition(tree);
    StringBuilder doc = new StringBuilder();
    commentsAbove(start, doc);
    commentsWithin(start, Math.max(start, name), doc);
    if (end > 0) {
      commentsWithin(end, indexOfLineEnd(end), doc);
    }
    return doc.toString();
  }

  private void commentsAbove(int start, StringBuilder doc) {
    List<String> found = new ArrayList<>();
    int lineStart = lineStartOf(start);
    while (lineStart > 0) {
      int prevEnd = lineStart - 1; // the line break
      int prevStart = lineStartOf(prevEnd);
      String text = source.substring(prevStart, prevEnd).trim();
      if (text.startsWith("//")) {
        found.add(0, text);
        lineStart = prevStart;
      } else if (text.endsWith("*/")) {
        int close = prevStart + source.substring(prevStart, prevEnd).lastIndexOf("*/");
        int open = source.lastIndexOf("/*", close);
        if (open < 0 || !source.substring(lineStartOf(open), open).isBlank()) {
          break;
        }
        found.add(0, source.substring(open, close + 2));
        lineStart = lineStartOf(open);
      } else {
        break;
      }
    }
    for (String c : found) {
      doc.append(c).append('\n');
    }
  }

  private void commentsWithin(int from, int to, StringBuilder doc) {
    String text = source.substring(Math.max(0, from), Math.max(Math.max(0, from), Math.min(source.length(), to)));
    int i = 0;
    while (i < text.length() - 1) {
      if (text.startsWith("//", i)) {
        int eol = text.indexOf('\n', i);
        eol = eol < 0 ? text.length() : eol;
        doc.append(text, i, eol).append('\n');
        i = eol;
      } else if (text.startsWith("/*", i)) {
        int close = text.indexOf("*/", i + 2);
        int stop = close < 0 ? text.length() : close + 2;
        doc.append(text, i, stop).append('\n');
        i = stop;
      } else if (text.charAt(i) == '"') {
        int close = text.indexOf('"', i + 1);
        i = close < 0 ? text.length() : close + 1;
      } else {
        i++;
      }
    }
  }

  private int lineStartOf(int pos) {
    int i = Math.min(pos, source.length());
    while (i > 0 && source.charAt(i - 1) != '\n') {
      i--;
    }
    return i;
  }

  private int indexOfLineEnd(int pos) {
    int i = Math.max(0, pos);
    while (i < source.length() && source.charAt(i) != '\n') {
      i++;
    }
    return i;
  }

  private static String fileName(CompilationUnitTree unit) {
    java.net.URI uri = unit.getSourceFile().toUri();
    if ("file".equals(uri.getScheme())) {
      return java.nio.file.Path.of(uri).toString();
    }
    String path = uri.getPath();
    return path != null && !path.isEmpty() ? path : unit.getSourceFile().getName();
  }

  private static String sourceOf(CompilationUnitTree unit, VisitorState state) {
    CharSequence text;
    try {
      text = unit.getSourceFile().getCharContent(true);
    } catch (IOException | UnsupportedOperationException e) {
      text = state.getSourceCode();
    }
    return text == null ? null : text.toString();
  }
}
